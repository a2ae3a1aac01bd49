// What every dashboard figure is computed for: a period and, optionally, one site. Each feature
// exposes its figures as `xxxDashboardFigures(actor, filter)` in lib/domain/<feature>/dashboard.ts.
/** `from` inclusive, `to` exclusive: UTC instants of Paris midnights (see shared/paris-time). */
export type DashboardFilter = { from: Date; to: Date; siteId: string | null };
