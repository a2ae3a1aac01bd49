import type { Actor } from "@/lib/auth/actor";
import type { PeriodFilter } from "@/lib/domain/shared/period";
import type { DashboardTable, ListLinks } from "@/lib/domain/shared/figure-table";

/** What every dashboard section receives; a feature's section may fetch its own figures from actor + filter. */
export type SectionProps = {
  actor: Actor;
  filter: PeriodFilter;
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
