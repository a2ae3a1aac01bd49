// Orientations of the period (by their date) per destination and status, with the partner's
// delays in days: date → acknowledgement and date → answer (accepted or refused), median and
// 90th percentile (percentile_cont). A TS sees the orientations they wrote.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { DashboardFilter } from "./filter";
import { dashboardScopeSql, type DashboardScope } from "@/lib/auth/scopes/dashboard";
import { dayBounds } from "./scope";

export const ORIENTATION_STATUSES = ["ENVOYEE", "ACCUSEE", "ACCEPTEE", "REFUSEE", "REALISEE", "SANS_REPONSE"] as const;
type Status = (typeof ORIENTATION_STATUSES)[number];

export type OrientationPartnerRow = {
  partenaireId: string;
  partenaire: string;
  total: number;
  parStatut: Record<Status, number>;
  accuseMedian: number | null;
  reponseMedian: number | null;
  reponseP90: number | null;
};

export async function orientationFigures(scope: DashboardScope, filter: DashboardFilter): Promise<OrientationPartnerRow[]> {
  const { fromDay, toDay } = dayBounds(filter);
  // The dossier is joined only for the site filter (a join per row costs on a year's rows).
  const site = filter.siteId ? Prisma.sql`AND u."siteId" = ${filter.siteId}::uuid` : Prisma.empty;
  const usager = filter.siteId ? Prisma.sql`JOIN "Usager" u ON u.id = o."usagerId"` : Prisma.empty;
  const mine = scope.workerId ? Prisma.sql`AND o."authorId" = ${scope.workerId}::uuid` : Prisma.empty;
  const raw = await db.$queryRaw<{
    partenaireId: string; partenaire: string; total: number; statuses: Partial<Record<Status, number>>;
    accuseMedian: number | null; reponseMedian: number | null; reponseP90: number | null;
  }[]>`
    SELECT o."partenaireId", p.nom AS partenaire, count(*)::int AS total,
      jsonb_build_object(${Prisma.join(ORIENTATION_STATUSES.map((st) => Prisma.sql`${st}::text, count(*) FILTER (WHERE o.status = ${st}::"OrientationStatus")`))}) AS statuses,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY o."accuseLe" - o.date) FILTER (WHERE o."accuseLe" IS NOT NULL) AS "accuseMedian",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY o."reponseLe" - o.date) FILTER (WHERE o."reponseLe" IS NOT NULL) AS "reponseMedian",
      percentile_cont(0.9) WITHIN GROUP (ORDER BY o."reponseLe" - o.date) FILTER (WHERE o."reponseLe" IS NOT NULL) AS "reponseP90"
    FROM "Orientation" o JOIN "Partenaire" p ON p.id = o."partenaireId" ${usager}
    WHERE ${dashboardScopeSql(scope, "o")} AND o.date >= ${fromDay}::date AND o.date < ${toDay}::date ${site} ${mine}
    GROUP BY 1, 2
    ORDER BY 3 DESC, 2`;
  const num = (v: unknown) => (v == null ? null : Number(v));
  return raw.map((r) => ({
    partenaireId: r.partenaireId, partenaire: r.partenaire, total: r.total,
    parStatut: Object.fromEntries(ORIENTATION_STATUSES.map((s) => [s, Number(r.statuses?.[s] ?? 0)])) as Record<Status, number>,
    accuseMedian: num(r.accuseMedian), reponseMedian: num(r.reponseMedian), reponseP90: num(r.reponseP90),
  }));
}
