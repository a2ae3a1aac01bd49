// Filters of the list of rendez-vous outcomes (/agenda/rendez-vous), read from the URL. The
// dashboard links here with the parameters of its no-show figures (./dashboard.ts): the period is
// on the start of the rendez-vous, the site is the rendez-vous's own. Malformed values fall back
// to "no filter" instead of failing.
import { z } from "zod";
import { ZOptionalDay } from "../shared/day-range";
import { isUuid } from "../shared/fields";
import { ZOptionalUuid, ZPage, parseSearchParams, zPageSize, type SearchParams } from "@/lib/domain/shared/list-params";

export const RDV_PAGE_SIZES = [25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 25;

/** The outcomes the no-show rate is computed over; "" in the URL means all three. */
export const RDV_OUTCOMES = ["HONORE", "EXCUSE", "NON_VENU"] as const;
export type RendezVousOutcome = (typeof RDV_OUTCOMES)[number];
/** The `site` value of rendez-vous held nowhere in particular (home visit, telephone). */
export const HORS_SITE = "hors-site";


export const ZRendezVousListParams = z.object({
  /** Start of the rendez-vous (debut), Paris calendar days, both inclusive. */
  du: ZOptionalDay,
  au: ZOptionalDay,
  issue: z.union([z.enum(RDV_OUTCOMES), z.literal("")]).catch(""),
  /** A site of the structure, or "hors-site" for rendez-vous without a site. */
  site: z.union([z.string().refine(isUuid), z.literal(HORS_SITE), z.literal("")]).catch(""),
  /** The worker the rendez-vous is with. */
  travailleur: ZOptionalUuid,
  page: ZPage,
  taille: zPageSize(RDV_PAGE_SIZES, DEFAULT_PAGE_SIZE),
});
export type RendezVousListParams = z.output<typeof ZRendezVousListParams>;

export function parseRendezVousListParams(searchParams: SearchParams): RendezVousListParams {
  return parseSearchParams(ZRendezVousListParams, searchParams);
}

/** The filters in URL form, defaults left out (the pager adds the page). */
export function rendezVousListQuery(params: RendezVousListParams): Record<string, string> {
  const { du, au, issue, site, travailleur, taille } = params;
  return { du, au, issue, site, travailleur, taille: taille === DEFAULT_PAGE_SIZE ? "" : String(taille) };
}
