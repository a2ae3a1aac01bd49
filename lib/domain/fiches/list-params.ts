// Filters of the CCAS inbox (/fiches-liaison), read from the URL. The dashboard links here with
// the parameters of its figures (lib/domain/dashboard/fiches.ts): "reçues" is the view `toutes`
// over a period of sending, "en attente" the default view. Malformed values fall back to defaults.
import { z } from "zod";
import { ZOptionalDay } from "../shared/day-range";
import { ZOptionalUuid, ZPage, parseSearchParams, zPageSize, type SearchParams } from "@/lib/domain/shared/list-params";

export const INBOX_VIEWS = { "a-traiter": "À traiter", miennes: "Qui me sont attribuées", traitees: "Traitées", toutes: "Toutes" } as const;
export type InboxView = keyof typeof INBOX_VIEWS;
export const DEFAULT_INBOX_VIEW: InboxView = "a-traiter";

export const INBOX_PAGE_SIZES = [25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 25;


export const ZInboxParams = z.object({
  vue: z.enum(Object.keys(INBOX_VIEWS) as [InboxView, ...InboxView[]]).catch(DEFAULT_INBOX_VIEW),
  /** The sending site (mairie de quartier). */
  site: ZOptionalUuid,
  /** Sending time, Paris calendar days, both inclusive. */
  du: ZOptionalDay,
  au: ZOptionalDay,
  /** The worker the fiche is assigned to (a travailleur social's dashboard counts theirs). */
  attribuee: ZOptionalUuid,
  page: ZPage,
  taille: zPageSize(INBOX_PAGE_SIZES, DEFAULT_PAGE_SIZE),
});
export type InboxParams = z.output<typeof ZInboxParams>;

export function parseInboxParams(searchParams: SearchParams): InboxParams {
  return parseSearchParams(ZInboxParams, searchParams);
}

/** The filters in URL form, defaults left out (the pager adds the page, the view links the view). */
export function inboxQuery(params: InboxParams, vue: InboxView = params.vue): Record<string, string> {
  return {
    vue: vue === DEFAULT_INBOX_VIEW ? "" : vue, site: params.site, du: params.du, au: params.au, attribuee: params.attribuee,
    taille: params.taille === DEFAULT_PAGE_SIZE ? "" : String(params.taille),
  };
}
