// A period split for the summary tables: the whole Paris years and months it covers (read from
// DashboardActiviteAn, DashboardActiviteMois and DashboardEntretienMois, kept by triggers) and
// the days at its edges (read from Entretien). "Cette année" is one whole year, "ce mois" and
// "ce trimestre" whole months: only "30 derniers jours" and custom periods read Entretien.
import { Prisma } from "@/lib/generated/prisma/client";
import type { DashboardFilter } from "./filter";
import { parisMidnight } from "./period";
import { dashboardScopeSql, type DashboardScope } from "@/lib/auth/scopes/dashboard";
import { dayBounds } from "./scope";

/** years: whole Paris years [from, to). months: whole months outside them, as [from, to) ranges. */
export type Segments = {
  years: { from: number; to: number } | null;
  months: { from: string; to: string }[];
  raw: { from: Date; to: Date }[];
};

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
function nextMonth(day: string) {
  const [y, m] = day.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}

export function segmentsOf(filter: DashboardFilter): Segments {
  const { fromDay, toDay } = dayBounds(filter);
  const first = fromDay.endsWith("-01") ? fromDay : nextMonth(fromDay);
  const end = monthStart(toDay);
  if (first >= end) return { years: null, months: [], raw: [{ from: filter.from, to: filter.to }] };
  const raw: Segments["raw"] = [];
  if (first !== fromDay) raw.push({ from: filter.from, to: parisMidnight(first) });
  if (end !== toDay) raw.push({ from: parisMidnight(end), to: filter.to });
  const firstYear = Number(first.slice(0, 4)) + (first.endsWith("-01-01") ? 0 : 1);
  const endYear = Number(end.slice(0, 4));
  if (firstYear >= endYear) return { years: null, months: [{ from: first, to: end }], raw };
  const months = [
    { from: first, to: `${firstYear}-01-01` },
    { from: `${endYear}-01-01`, to: end },
  ].filter((m) => m.from < m.to);
  return { years: { from: firstYear, to: endYear }, months, raw };
}

/** `e.date` in one of the raw ranges (FALSE when there is none). */
export function rawDateCondition(segments: Segments): Prisma.Sql {
  if (segments.raw.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`(${Prisma.join(segments.raw.map((r) => Prisma.sql`(e.date >= ${r.from} AND e.date < ${r.to})`), " OR ")})`;
}

/** `s.mois` among the whole months, years included (FALSE when there is none): the monthly tables. */
export function monthCondition(segments: Segments): Prisma.Sql {
  const ranges = [...segments.months];
  if (segments.years) ranges.push({ from: `${segments.years.from}-01-01`, to: `${segments.years.to}-01-01` });
  if (ranges.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`(${Prisma.join(ranges.map((m) => Prisma.sql`(s.mois >= ${m.from}::date AND s.mois < ${m.to}::date)`), " OR ")})`;
}

/** `s.mois` among the months outside whole years (for counts that have a yearly table). */
export function monthOnlyCondition(segments: Segments): Prisma.Sql {
  if (segments.months.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`(${Prisma.join(segments.months.map((m) => Prisma.sql`(s.mois >= ${m.from}::date AND s.mois < ${m.to}::date)`), " OR ")})`;
}

/** `y.annee` among the whole years (FALSE when there is none). */
export function yearCondition(segments: Segments): Prisma.Sql {
  if (!segments.years) return Prisma.sql`FALSE`;
  return Prisma.sql`y.annee >= ${segments.years.from} AND y.annee < ${segments.years.to}`;
}

/**
 * Ids of the dossiers of a structure with at least one entretien in [from, to) (may repeat):
 * whole years and months from the summary tables, the edge days from Entretien. The dashboard's
 * "dossiers actifs" and the /usagers filter behind them both read this. Only the parts the period
 * needs are written: the planner estimates a UNION's distinct ids at 200 and would then probe
 * 80,000 dossiers one by one, where a single table's statistics give it a hash join.
 */
export function activeUsagerIdsSql(scope: Pick<DashboardScope, "structureId">, range: { from: Date; to: Date }): Prisma.Sql {
  const segments = segmentsOf({ ...range, siteId: null });
  const parts: Prisma.Sql[] = [];
  if (segments.years) {
    parts.push(Prisma.sql`SELECT y."usagerId" FROM "DashboardActiviteAn" y WHERE ${dashboardScopeSql(scope, "y")} AND ${yearCondition(segments)}`);
  }
  if (segments.months.length > 0) {
    parts.push(Prisma.sql`SELECT s."usagerId" FROM "DashboardActiviteMois" s WHERE ${dashboardScopeSql(scope, "s")} AND ${monthOnlyCondition(segments)}`);
  }
  if (segments.raw.length > 0 || parts.length === 0) {
    parts.push(Prisma.sql`SELECT e."usagerId" FROM "Entretien" e WHERE ${dashboardScopeSql(scope, "e")} AND ${rawDateCondition(segments)}`);
  }
  return Prisma.join(parts, " UNION ALL ");
}
