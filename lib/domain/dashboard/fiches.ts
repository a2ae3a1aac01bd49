// Fiches de liaison by sending site (mairie de quartier): received in the period, pending now
// (with their age), and the delays of the period's fiches, sent → first contact and sent → the
// appointment, as median and 90th percentile. The delays are those of lib/domain/fiches/delays.ts
// (calendar time from the stored timestamps, never negative), computed in SQL with
// percentile_cont (linear interpolation between the two nearest values).
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { DashboardFilter } from "./filter";
import { dashboardScopeSql, type DashboardScope } from "@/lib/auth/scopes/dashboard";
import { siteScope } from "@/lib/auth/scopes/site";

export type FicheSiteRow = {
  siteId: string;
  site: string;
  recues: number;
  enAttente: number;
  /** Age of the oldest pending fiche, in ms (null when none). */
  plusAncienne: number | null;
  premierContactMedian: number | null;
  premierContactP90: number | null;
  rdvMedian: number | null;
  rdvP90: number | null;
};

type Raw = Omit<FicheSiteRow, "site" | "plusAncienne"> & { oldestSentAt: Date | null };

export async function ficheFigures(scope: DashboardScope, filter: DashboardFilter, now = new Date()): Promise<FicheSiteRow[]> {
  const site = filter.siteId ? Prisma.sql`AND f."siteId" = ${filter.siteId}::uuid` : Prisma.empty;
  const mine = scope.workerId ? Prisma.sql`AND f."assigneeId" = ${scope.workerId}::uuid` : Prisma.empty;
  const inPeriod = Prisma.sql`f."sentAt" >= ${filter.from} AND f."sentAt" < ${filter.to}`;
  const ms = (later: Prisma.Sql) => Prisma.sql`GREATEST(0, extract(epoch FROM ${later} - f."sentAt") * 1000)`;
  const [raw, sites] = await Promise.all([
    db.$queryRaw<Raw[]>`
      SELECT f."siteId",
        count(*) FILTER (WHERE ${inPeriod})::int AS recues,
        count(*) FILTER (WHERE f.status IN ('ENVOYEE', 'RECUE', 'EN_COURS'))::int AS "enAttente",
        min(f."sentAt") FILTER (WHERE f.status IN ('ENVOYEE', 'RECUE', 'EN_COURS')) AS "oldestSentAt",
        percentile_cont(0.5) WITHIN GROUP (ORDER BY ${ms(Prisma.sql`f."premierContactAt"`)}) FILTER (WHERE ${inPeriod} AND f."premierContactAt" IS NOT NULL) AS "premierContactMedian",
        percentile_cont(0.9) WITHIN GROUP (ORDER BY ${ms(Prisma.sql`f."premierContactAt"`)}) FILTER (WHERE ${inPeriod} AND f."premierContactAt" IS NOT NULL) AS "premierContactP90",
        percentile_cont(0.5) WITHIN GROUP (ORDER BY ${ms(Prisma.sql`f."rdvDate"`)}) FILTER (WHERE ${inPeriod} AND f."rdvFixeAt" IS NOT NULL AND f."rdvDate" IS NOT NULL) AS "rdvMedian",
        percentile_cont(0.9) WITHIN GROUP (ORDER BY ${ms(Prisma.sql`f."rdvDate"`)}) FILTER (WHERE ${inPeriod} AND f."rdvFixeAt" IS NOT NULL AND f."rdvDate" IS NOT NULL) AS "rdvP90"
      FROM "FicheLiaison" f
      WHERE ${dashboardScopeSql(scope, "f")} ${site} ${mine}
        AND (${inPeriod} OR f.status IN ('ENVOYEE', 'RECUE', 'EN_COURS'))
      GROUP BY 1`,
    db.site.findMany({ where: siteScope(scope), select: { id: true, name: true } }),
  ]);
  const num = (v: unknown) => (v == null ? null : Math.round(Number(v)));
  return raw
    .map(({ oldestSentAt, ...r }) => ({
      ...r,
      site: sites.find((s) => s.id === r.siteId)?.name ?? "—",
      plusAncienne: oldestSentAt ? Math.max(0, now.getTime() - oldestSentAt.getTime()) : null,
      premierContactMedian: num(r.premierContactMedian), premierContactP90: num(r.premierContactP90),
      rdvMedian: num(r.rdvMedian), rdvP90: num(r.rdvP90),
    }))
    .sort((a, b) => a.site.localeCompare(b.site, "fr"));
}
