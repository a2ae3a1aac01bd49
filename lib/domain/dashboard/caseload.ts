// Caseload per worker: dossiers as référent, dossiers with an open accompagnement by type,
// entretiens of the period by channel (visites à domicile apart), dossiers without contact for
// 60/90 days. Counted per dossier where a list stands behind the number (/usagers filters), so
// the figure and the list it links to always agree.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { PeriodFilter } from "@/lib/domain/shared/period";
import { dashboardScopeSql, dashboardWorkerScope, type DashboardScope } from "@/lib/auth/scopes/dashboard";
import { monthCondition, rawDateCondition, segmentsOf } from "@/lib/domain/shared/period-segments";

export const ACC_TYPES = ["INDIVIDUEL", "BUDGETAIRE", "LOGEMENT", "ERRANCE"] as const;
export const OFFICE_CANALS = ["BUREAU", "TELEPHONE", "PERMANENCE_MAIRIE", "PERMANENCE", "COURRIER_EMAIL", "VISIO"] as const;
type AccType = (typeof ACC_TYPES)[number];
type Canal = (typeof OFFICE_CANALS)[number] | "VISITE_A_DOMICILE";

export type CaseloadRow = {
  userId: string;
  nom: string;
  actif: boolean;
  dossiers: number;
  accompagnements: Record<AccType, number>;
  entretiens: Record<Canal, number>;
  entretiensTotal: number;
  visitesADomicile: number;
  sansContact60: number;
  sansContact90: number;
};

const DAY = 86_400_000;

export async function caseloadFigures(scope: DashboardScope, filter: PeriodFilter, now = new Date()): Promise<CaseloadRow[]> {
  const site = filter.siteId ? Prisma.sql`AND u."siteId" = ${filter.siteId}::uuid` : Prisma.empty;
  const worker = (col: Prisma.Sql) => (scope.workerId ? Prisma.sql`AND ${col} = ${scope.workerId}::uuid` : Prisma.empty);
  const before60 = new Date(now.getTime() - 60 * DAY);
  const before90 = new Date(now.getTime() - 90 * DAY);
  const [users, referents, accs, entretiens] = await Promise.all([
    db.user.findMany({
      where: dashboardWorkerScope(scope),
      select: { id: true, firstName: true, lastName: true, status: true },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    }),
    // Same definitions as /usagers?referent=…(&sansContact=N): ACTIF dossiers, last contact or creation.
    db.$queryRaw<{ userId: string; dossiers: number; s60: number; s90: number }[]>`
      SELECT r."userId", count(*)::int AS dossiers,
        count(*) FILTER (WHERE COALESCE(u."lastContactAt", u."createdAt") < ${before60})::int AS s60,
        count(*) FILTER (WHERE COALESCE(u."lastContactAt", u."createdAt") < ${before90})::int AS s90
      FROM "UsagerReferent" r JOIN "Usager" u ON u.id = r."usagerId"
      WHERE ${dashboardScopeSql(scope, "u")} AND u.status = 'ACTIF' ${site} ${worker(Prisma.sql`r."userId"`)}
      GROUP BY 1`,
    // As /usagers?referent=…&accompagnement=T&statut=tous: dossiers of the référent with an open one.
    db.$queryRaw<{ userId: string; type: AccType; n: number }[]>`
      SELECT r."userId", a.type::text AS type, count(DISTINCT a."usagerId")::int AS n
      FROM "Accompagnement" a JOIN "UsagerReferent" r ON r."usagerId" = a."usagerId"
        ${filter.siteId ? Prisma.sql`JOIN "Usager" u ON u.id = a."usagerId"` : Prisma.empty}
      WHERE ${dashboardScopeSql(scope, "a")} AND a.status <> 'CLOS' ${site} ${worker(Prisma.sql`r."userId"`)}
      GROUP BY 1, 2`,
    entretienCounts(scope, filter),
  ]);
  const rows = users.map((u): CaseloadRow => {
    const ref = referents.find((r) => r.userId === u.id);
    const acc = Object.fromEntries(ACC_TYPES.map((t) => [t, accs.find((a) => a.userId === u.id && a.type === t)?.n ?? 0])) as Record<AccType, number>;
    const ent = Object.fromEntries([...OFFICE_CANALS, "VISITE_A_DOMICILE"].map((c) => [c, entretiens.find((e) => e.userId === u.id && e.canal === c)?.n ?? 0])) as Record<Canal, number>;
    return {
      userId: u.id, nom: `${u.firstName} ${u.lastName}`, actif: u.status === "ACTIVE",
      dossiers: ref?.dossiers ?? 0, accompagnements: acc, entretiens: ent,
      entretiensTotal: Object.values(ent).reduce((s, n) => s + n, 0), visitesADomicile: ent.VISITE_A_DOMICILE,
      sansContact60: ref?.s60 ?? 0, sansContact90: ref?.s90 ?? 0,
    };
  });
  // A disabled account still carrying dossiers stays visible (to reassign them); an empty one goes.
  return rows.filter((r) => r.actif || r.dossiers > 0 || r.entretiensTotal > 0 || Object.values(r.accompagnements).some((n) => n > 0));
}

/**
 * Entretiens of the period per author and channel. Whole months come from the summary table;
 * with a site filter (a dossier's site is not in the summary) every entretien is read.
 */
function entretienCounts(scope: DashboardScope, filter: PeriodFilter) {
  const author = (col: Prisma.Sql) => (scope.workerId ? Prisma.sql`AND ${col} = ${scope.workerId}::uuid` : Prisma.empty);
  if (filter.siteId) {
    return db.$queryRaw<{ userId: string; canal: Canal; n: number }[]>`
      SELECT e."authorId" AS "userId", e.canal::text AS canal, count(*)::int AS n
      FROM "Entretien" e JOIN "Usager" u ON u.id = e."usagerId"
      WHERE ${dashboardScopeSql(scope, "e")} AND e.date >= ${filter.from} AND e.date < ${filter.to}
        AND u."siteId" = ${filter.siteId}::uuid ${author(Prisma.sql`e."authorId"`)}
      GROUP BY 1, 2`;
  }
  const segments = segmentsOf(filter);
  return db.$queryRaw<{ userId: string; canal: Canal; n: number }[]>`
    SELECT "authorId" AS "userId", canal::text AS canal, sum(n)::int AS n FROM (
      SELECT s."authorId", s.canal, s.n FROM "DashboardEntretienMois" s
      WHERE ${dashboardScopeSql(scope, "s")} AND ${monthCondition(segments)} ${author(Prisma.sql`s."authorId"`)}
      UNION ALL
      SELECT e."authorId", e.canal, 1 FROM "Entretien" e
      WHERE ${dashboardScopeSql(scope, "e")} AND ${rawDateCondition(segments)} ${author(Prisma.sql`e."authorId"`)}
    ) x GROUP BY 1, 2`;
}
