import type { Actor } from "@/lib/auth/actor";
import type { DashboardFilter } from "@/lib/domain/dashboard/filter";
import type { DashboardTable, ListLinks } from "@/lib/domain/dashboard/tables";

/** What every dashboard section receives; a feature's section may fetch its own figures from actor + filter. */
export type SectionProps = {
  actor: Actor;
  filter: DashboardFilter;
  tables: DashboardTable[];
  /** The usagers section's totals, each with the list of the dossiers it counts. */
  totals: { nouveaux: number; actifs: number; links: { nouveaux?: string; actifs?: string } };
  /** The dashboard's query (period, site) for downloads; null when the actor may not export. */
  exportQuery: string | null;
  /** A travailleur social's own caseload (not the structure's). */
  mine: boolean;
  /** What a feature's section needs to link each number to the list behind it. */
  links: ListLinks;
};
