// Parameters of the structure's entretiens list, read from the URL. The dashboard links here with
// the same du/au/canal/auteur/site it counted with, so each figure opens the rows behind it.
// Malformed values fall back to defaults (a filter off, page 1), never to an error.
import { z } from "zod";
import { ZOptionalDay, addDays } from "@/lib/domain/shared/day-range";
import { keys } from "@/lib/domain/shared/fields";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { CANAL_LABELS } from "./labels";
import { ZPage, zPageSize } from "@/lib/domain/shared/list-params";

export const ENTRETIEN_PAGE_SIZES = [25, 50, 100] as const;
/** The period shown when the URL names none: today and the 29 days before (Paris days). */
export const DEFAULT_PERIOD_DAYS = 30;

const ZUuidOrEmpty = z.union([z.uuid(), z.literal("")]).catch("");

export const ZEntretienListParams = z.object({
  /** Paris calendar days, both inclusive; "" leaves that side open. */
  du: ZOptionalDay,
  au: ZOptionalDay,
  canal: z.enum(keys(CANAL_LABELS)).or(z.literal("")).catch(""),
  /** The entretien's author (User id). */
  auteur: ZUuidOrEmpty,
  /** The dossier's site (Usager.siteId), not the author's. */
  site: ZUuidOrEmpty,
  page: ZPage,
  taille: zPageSize(ENTRETIEN_PAGE_SIZES, 25),
});
export type EntretienListParams = z.output<typeof ZEntretienListParams>;

/**
 * Reads the URL. With neither `du` nor `au` in it, the period is the last 30 days, written into
 * the params so the form shows it. A form sent with both dates emptied (`?du=&au=`) means "any
 * date": the keys are there, so the default does not come back.
 */
export function parseEntretienListParams(searchParams: Record<string, string | string[] | undefined>, now = new Date()): EntretienListParams {
  const flat = Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const params = ZEntretienListParams.parse({
    du: flat.du ?? "", au: flat.au ?? "", canal: flat.canal ?? "", auteur: flat.auteur ?? "", site: flat.site ?? "",
    page: flat.page ?? 1, taille: flat.taille ?? 25,
  });
  if (flat.du === undefined && flat.au === undefined) {
    const today = parisToday(now);
    return { ...params, du: addDays(today, -(DEFAULT_PERIOD_DAYS - 1)), au: today };
  }
  return params;
}

/** The query string of a list URL: empty values left out to keep links short, except du/au. */
export function entretienListQuery(params: EntretienListParams, patch: Partial<EntretienListParams> = {}): string {
  const p = { ...params, ...patch };
  const q = new URLSearchParams();
  // du and au stay even when empty: their absence would bring back the default period.
  q.set("du", p.du);
  q.set("au", p.au);
  if (p.canal) q.set("canal", p.canal);
  if (p.auteur) q.set("auteur", p.auteur);
  if (p.site) q.set("site", p.site);
  if (p.taille !== 25) q.set("taille", String(p.taille));
  if (p.page > 1) q.set("page", String(p.page));
  return q.toString();
}
