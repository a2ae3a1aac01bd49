// The filters of the passages' list (/passages/liste), read from the address: what a dashboard
// figure links to. Anything unknown is dropped, never an error.
import { z } from "zod";
import { ZOptionalDay } from "@/lib/domain/shared/day-range";
import { keys } from "@/lib/domain/shared/fields";
import { MOTIF_LABELS, REPONSE_LABELS } from "./labels";
import { searchParam as one, type SearchParams } from "./desk";

export const ZPassageListParams = z.object({
  du: ZOptionalDay,
  au: ZOptionalDay,
  site: z.uuid().catch("").or(z.literal("")).catch(""),
  motif: z.enum(keys(MOTIF_LABELS)).or(z.literal("")).catch(""),
  reponse: z.enum(keys(REPONSE_LABELS)).or(z.literal("")).catch(""),
  dossier: z.enum(["sans", "avec"]).or(z.literal("")).catch(""),
});
export type PassageListParams = z.output<typeof ZPassageListParams>;

export function readPassageListParams(search: SearchParams): PassageListParams {
  return ZPassageListParams.parse({ du: one(search.du), au: one(search.au), site: one(search.site), motif: one(search.motif), reponse: one(search.reponse), dossier: one(search.dossier) });
}
