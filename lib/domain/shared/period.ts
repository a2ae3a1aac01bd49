// The period (and, optionally, the site) a figure or a list is computed for: the dashboard's
// figures, each feature's dashboard section, the lists its numbers link to.
import { parisToday } from "./paris-time";

/** `from` inclusive, `to` exclusive: UTC instants of Paris midnights (see shared/paris-time). */
export type PeriodFilter = { from: Date; to: Date; siteId: string | null };

/** Paris calendar days of the filter for date columns: [fromDay, toDay). */
export function dayBounds(filter: PeriodFilter): { fromDay: string; toDay: string } {
  return { fromDay: parisToday(filter.from), toDay: parisToday(filter.to) };
}
