// Filters of the /domiciliations list, read from the URL. The dashboard links here with the
// parameters of its figures (./dashboard.ts), so each filter means exactly what the figure
// counts. Malformed values fall back to "no filter" instead of failing.
import { z } from "zod";
import { ZOptionalDay } from "../shared/day-range";
import { keys } from "../shared/fields";
import { DOMICILIATION_STATUS_LABELS } from "./labels";
import { ZOptionalUuid, ZPage, parseSearchParams, zPageSize, type SearchParams } from "@/lib/domain/shared/list-params";

export const DOMICILIATION_PAGE_SIZES = [25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 25;

/** Which date du/au apply to. */
export const DOMICILIATION_DATE_LABELS = { demande: "La demande", decision: "La décision", fin: "La fin" } as const;

/** Beyond the four statuses: states the dashboard counts. */
export const DOMICILIATION_STATUT_FILTERS = {
  en_vigueur: "En vigueur aujourd'hui",
  accordee_ou_terminee: "Accordée (y compris terminée depuis)",
  en_retard: "Décision en retard (plus de 2 mois)",
} as const;


export const ZDomiciliationListParams = z.object({
  /** Paris calendar days, both inclusive, on the date named by `date`. */
  du: ZOptionalDay,
  au: ZOptionalDay,
  date: z.enum(keys(DOMICILIATION_DATE_LABELS)).catch("demande"),
  statut: z.union([z.enum(keys(DOMICILIATION_STATUS_LABELS)), z.enum(keys(DOMICILIATION_STATUT_FILTERS)), z.literal("")]).catch(""),
  /** The dossier's site. */
  site: ZOptionalUuid,
  /** A référent of the dossier. */
  referent: ZOptionalUuid,
  page: ZPage,
  taille: zPageSize(DOMICILIATION_PAGE_SIZES, DEFAULT_PAGE_SIZE),
});
export type DomiciliationListParams = z.output<typeof ZDomiciliationListParams>;

export function parseDomiciliationListParams(searchParams: SearchParams): DomiciliationListParams {
  return parseSearchParams(ZDomiciliationListParams, searchParams);
}

/** The filters in URL form, defaults left out (the pager adds the page). */
export function domiciliationListQuery(params: DomiciliationListParams): Record<string, string> {
  const { du, au, date, statut, site, referent, taille } = params;
  return {
    du, au, date: date === "demande" ? "" : date, statut, site, referent,
    taille: taille === DEFAULT_PAGE_SIZE ? "" : String(taille),
  };
}

/** Any filter set: the page then shows the filtered list instead of the worklists. */
export function hasDomiciliationListFilter(params: DomiciliationListParams): boolean {
  return Object.values(domiciliationListQuery(params)).some(Boolean) || params.page > 1;
}
