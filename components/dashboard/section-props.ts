import type { Actor } from "@/lib/auth/actor";
import type { DashboardFilter } from "@/lib/domain/dashboard/filter";
import type { DashboardTable } from "@/lib/domain/dashboard/tables";

/** What every dashboard section receives; a feature's section may fetch its own figures from actor + filter. */
export type SectionProps = {
  actor: Actor;
  filter: DashboardFilter;
  tables: DashboardTable[];
  totals: { nouveaux: number; actifs: number };
  /** The dashboard's query (period, site) for downloads; null when the actor may not export. */
  exportQuery: string | null;
  /** A travailleur social's own caseload (not the structure's). */
  mine: boolean;
};
