// Filters of the workshops list, read from the URL (shareable, back button works). Unknown or
// malformed values fall back to defaults instead of failing. The dashboard links here with the
// parameters of its figures (./dashboard.ts): start of the workshop between two Paris days, its
// site, its facilitator, its status and theme.
import { z } from "zod";
import { ZOptionalDay } from "../shared/day-range";
import { isUuid, keys } from "../shared/fields";
import { ATELIER_STATUS_LABELS, ATELIER_THEME_LABELS } from "./labels";
import { ZPage, firstValue, zPageSize } from "@/lib/domain/shared/list-params";

export const ATELIER_PAGE_SIZES = [25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 25;

export const ZAtelierListParams = z.object({
  /** Relative to now; "toutes" leaves it to du/au. */
  periode: z.enum(["a-venir", "passes", "toutes"]).catch("a-venir"),
  /** Start of the workshop (debut), Paris calendar days, both inclusive. */
  du: ZOptionalDay,
  au: ZOptionalDay,
  theme: z.union([z.enum(keys(ATELIER_THEME_LABELS)), z.literal("")]).catch(""),
  statut: z.union([z.enum(keys(ATELIER_STATUS_LABELS)), z.literal("")]).catch(""),
  site: z.union([z.string().refine(isUuid), z.literal("")]).catch(""),
  /** "moi": the workshops the actor facilitates; a user id: that person's. */
  animateur: z.union([z.literal("moi"), z.string().refine(isUuid), z.literal("")]).catch(""),
  page: ZPage,
  taille: zPageSize(ATELIER_PAGE_SIZES, DEFAULT_PAGE_SIZE),
});
export type AtelierListParams = z.output<typeof ZAtelierListParams>;

/** Without `periode`, the upcoming workshops; with a day range, every workshop in it. */
export function parseAtelierListParams(searchParams: Record<string, string | string[] | undefined>): AtelierListParams {
  const first = firstValue;
  const raw = {
    du: first(searchParams.du), au: first(searchParams.au), theme: first(searchParams.theme), statut: first(searchParams.statut),
    site: first(searchParams.site), animateur: first(searchParams.animateur), page: first(searchParams.page) || 1,
    taille: first(searchParams.taille) || DEFAULT_PAGE_SIZE,
  };
  const dated = ZAtelierListParams.shape.du.parse(raw.du) !== "" || ZAtelierListParams.shape.au.parse(raw.au) !== "";
  return ZAtelierListParams.parse({ ...raw, periode: first(searchParams.periode) || (dated ? "toutes" : "a-venir") });
}

/** The filters in URL form, defaults left out (the pager adds the page). */
export function atelierListQuery(params: AtelierListParams): Record<string, string> {
  const { periode, du, au, theme, statut, site, animateur, taille } = params;
  const defaultPeriode = du || au ? "toutes" : "a-venir";
  return {
    periode: periode === defaultPeriode ? "" : periode, du, au, theme, statut, site, animateur,
    taille: taille === DEFAULT_PAGE_SIZE ? "" : String(taille),
  };
}
