// Parameters of the usagers table, read from the URL (shareable, back button works). Unknown or
// malformed values fall back to defaults instead of failing.
import { z } from "zod";
import { ZOptionalDay } from "@/lib/domain/shared/day-range";
import { zPageSize } from "@/lib/domain/shared/list-params";
import { AGE_BANDS, MENAGE_TYPES, type AgeBand, type MenageType } from "./profile-sql";
import { USAGER_URL_KEYS, type UsagerUrlKey } from "./url-keys";

export const USAGER_SORTS = ["numero", "nom", "age", "quartier", "dernierContact"] as const;
export type UsagerSort = (typeof USAGER_SORTS)[number];
export const PAGE_SIZES = [25, 50, 100] as const;

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const ZUsagerListParams = z.object({
  q: z.string().trim().max(100).catch(""),
  /** "" = the role's default (lib/auth/caseload.ts), "tous" = the whole structure, "aucun" = none. */
  referent: z.union([z.uuid(), z.literal("aucun"), z.literal("tous"), z.literal("")]).catch(""),
  quartier: z.string().trim().max(100).catch(""),
  statut: z.enum(["ACTIF", "INACTIF", "ARCHIVE", "tous"]).catch("ACTIF"),
  sansContact: z.union([int(1, 3650), z.literal("")]).catch(""),
  /** An accompagnement of this type is open (proposé, en cours or suspendu). */
  accompagnement: z.enum(["INDIVIDUEL", "BUDGETAIRE", "LOGEMENT", "ERRANCE", ""]).catch(""),
  /** The dossier's site. */
  site: z.union([z.uuid(), z.literal("")]).catch(""),
  /** Created between these Paris days (inclusive): the dashboard's "nouveaux dossiers". */
  creeDu: ZOptionalDay,
  creeAu: ZOptionalDay,
  /** At least one entretien between these Paris days (inclusive): its "dossiers actifs". */
  actifDu: ZOptionalDay,
  actifAu: ZOptionalDay,
  /** Age band on `ageAu` (the last day of the dashboard's period), today when absent. */
  tranche: z.enum(Object.keys(AGE_BANDS) as [AgeBand, ...AgeBand[]]).or(z.literal("")).catch(""),
  ageAu: ZOptionalDay,
  menage: z.enum(Object.keys(MENAGE_TYPES) as [MenageType, ...MenageType[]]).or(z.literal("")).catch(""),
  tri: z.enum(USAGER_SORTS).optional().catch(undefined),
  ordre: z.enum(["asc", "desc"]).catch("asc"),
  page: int(1, 100_000).catch(1),
  taille: zPageSize(PAGE_SIZES, 25),
});
export type UsagerListParams = z.output<typeof ZUsagerListParams>;

export function parseUsagerListParams(searchParams: Record<string, string | string[] | undefined>): UsagerListParams {
  const flat = Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return ZUsagerListParams.parse({
    q: flat.q ?? "", referent: flat.referent ?? "", quartier: flat.quartier ?? "", statut: flat.statut ?? "ACTIF",
    sansContact: flat.sansContact ?? "", accompagnement: flat.accompagnement ?? "",
    site: flat.site ?? "", creeDu: flat.creeDu ?? "", creeAu: flat.creeAu ?? "", actifDu: flat.actifDu ?? "", actifAu: flat.actifAu ?? "",
    tranche: flat.tranche ?? "", ageAu: flat.ageAu ?? "", menage: flat.menage ?? "", tri: flat.tri, ordre: flat.ordre ?? "asc", page: flat.page ?? 1, taille: flat.taille ?? 25,
  });
}

export { USAGER_URL_KEYS, type UsagerUrlKey };

const urlValue = z.string().trim().max(100).catch("").default("");

/**
 * The search form, posted (never in the address): the term and the filters it was sent with. Never
 * refused: an overlong term is cut, an odd filter value is dropped by the list's own parsing.
 */
export const ZUsagerSearchForm = z.object({
  q: z.string().trim().catch("").default("").transform((q) => q.slice(0, 100)),
  ...Object.fromEntries(USAGER_URL_KEYS.map((key) => [key, urlValue])) as Record<UsagerUrlKey, typeof urlValue>,
});
export type UsagerSearchForm = z.output<typeof ZUsagerSearchForm>;

/** `/usagers?…` with the given filters (empty and default values left out) and the sealed search. */
export function usagerListHref(filters: Partial<Record<UsagerUrlKey, string>>, recherche?: string): string {
  const query = new URLSearchParams();
  for (const key of USAGER_URL_KEYS) {
    const value = filters[key];
    if (!value || (key === "statut" && value === "ACTIF") || (key === "ordre" && value === "asc")) continue;
    query.set(key, value);
  }
  if (recherche) query.set("recherche", recherche);
  return query.size ? `/usagers?${query}` : "/usagers";
}
