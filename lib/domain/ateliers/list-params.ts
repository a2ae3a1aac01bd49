// Filters of the workshops list, read from the URL (shareable, back button works). Unknown or
// malformed values fall back to defaults instead of failing.
import { z } from "zod";
import { keys } from "../shared/fields";
import { ATELIER_STATUS_LABELS, ATELIER_THEME_LABELS } from "./labels";

export const ZAtelierListParams = z.object({
  periode: z.enum(["a-venir", "passes"]).catch("a-venir"),
  theme: z.union([z.enum(keys(ATELIER_THEME_LABELS)), z.literal("")]).catch(""),
  statut: z.union([z.enum(keys(ATELIER_STATUS_LABELS)), z.literal("")]).catch(""),
  site: z.union([z.uuid(), z.literal("")]).catch(""),
  /** "moi": the workshops the actor facilitates. */
  animateur: z.union([z.literal("moi"), z.literal("")]).catch(""),
});
export type AtelierListParams = z.output<typeof ZAtelierListParams>;

export function parseAtelierListParams(searchParams: Record<string, string | string[] | undefined>): AtelierListParams {
  const flat = Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return ZAtelierListParams.parse({
    periode: flat.periode ?? "a-venir", theme: flat.theme ?? "", statut: flat.statut ?? "", site: flat.site ?? "", animateur: flat.animateur ?? "",
  });
}
