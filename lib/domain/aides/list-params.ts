// Filters of the /aides list, read from the URL. The dashboard links here with the parameters of
// its figures (lib/domain/dashboard/aides.ts), so each filter means exactly what the figure
// counts. Malformed values fall back to "no filter" instead of failing.
import { z } from "zod";
import { ZOptionalDay } from "../shared/day-range";
import { keys } from "../shared/fields";
import { AIDE_STATUS_LABELS, AIDE_TYPE_LABELS } from "./labels";
import { ZOptionalUuid, ZPage, parseSearchParams, zPageSize, type SearchParams } from "@/lib/domain/shared/list-params";

export const AIDE_PAGE_SIZES = [25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 25;


export const ZAideListParams = z.object({
  /** Request date (demandeLe), Paris calendar days, both inclusive. */
  du: ZOptionalDay,
  au: ZOptionalDay,
  type: z.union([z.enum(keys(AIDE_TYPE_LABELS)), z.literal("")]).catch(""),
  /** One status, or "en_attente": demandée, en instruction or ajournée. */
  statut: z.union([z.enum(keys(AIDE_STATUS_LABELS)), z.literal("en_attente"), z.literal("")]).catch(""),
  /** The dossier's site. */
  site: ZOptionalUuid,
  /** Ignored for a travailleur social, who only ever sees the requests they instruct. */
  instructeur: ZOptionalUuid,
  page: ZPage,
  taille: zPageSize(AIDE_PAGE_SIZES, DEFAULT_PAGE_SIZE),
});
export type AideListParams = z.output<typeof ZAideListParams>;

export function parseAideListParams(searchParams: SearchParams): AideListParams {
  return parseSearchParams(ZAideListParams, searchParams);
}

/** The filters in URL form, defaults left out (the pager adds the page). */
export function aideListQuery(params: AideListParams): Record<string, string> {
  const { du, au, type, statut, site, instructeur, taille } = params;
  return { du, au, type, statut, site, instructeur, taille: taille === DEFAULT_PAGE_SIZE ? "" : String(taille) };
}

/** Any filter set: the page then shows the filtered list instead of the two worklists. */
export function hasAideListFilter(params: AideListParams): boolean {
  return Object.values(aideListQuery(params)).some(Boolean) || params.page > 1;
}
