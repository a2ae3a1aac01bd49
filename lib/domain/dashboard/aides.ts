// Aides facultatives by type: requests of the period (by request date), count and euros asked,
// those granted among them (count and euros granted), refused; and the decisions pending now
// (demandée, en instruction, ajournée), whatever the period. A TS sees the requests they instruct.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { DashboardFilter } from "./filter";
import { dashboardScopeSql, type DashboardScope } from "@/lib/auth/scopes/dashboard";
import { dayBounds } from "./scope";

export const AIDE_TYPES = ["ALIMENTAIRE", "ENERGIE", "EAU", "LOGEMENT", "TRANSPORT", "SANTE", "SCOLARITE_ENFANCE", "AUTRE"] as const;

export type AideTypeRow = {
  type: (typeof AIDE_TYPES)[number];
  demandees: number;
  demandeCents: number;
  accordees: number;
  accordeCents: number;
  refusees: number;
  enAttente: number;
  enAttenteCents: number;
};

export async function aideFigures(scope: DashboardScope, filter: DashboardFilter): Promise<AideTypeRow[]> {
  const { fromDay, toDay } = dayBounds(filter);
  // The dossier is joined only for the site filter (a join per row costs on a year's rows).
  const site = filter.siteId ? Prisma.sql`AND u."siteId" = ${filter.siteId}::uuid` : Prisma.empty;
  const usager = filter.siteId ? Prisma.sql`JOIN "Usager" u ON u.id = a."usagerId"` : Prisma.empty;
  const mine = scope.workerId ? Prisma.sql`AND a."instructeurId" = ${scope.workerId}::uuid` : Prisma.empty;
  const inPeriod = Prisma.sql`a."demandeLe" >= ${fromDay}::date AND a."demandeLe" < ${toDay}::date`;
  const pending = Prisma.sql`a.status IN ('DEMANDEE', 'EN_INSTRUCTION', 'AJOURNEE')`;
  const raw = await db.$queryRaw<AideTypeRow[]>`
    SELECT a.type::text AS type,
      count(*) FILTER (WHERE ${inPeriod})::int AS demandees,
      COALESCE(sum(a."montantDemandeCents") FILTER (WHERE ${inPeriod}), 0)::int AS "demandeCents",
      count(*) FILTER (WHERE ${inPeriod} AND a.status = 'ACCORDEE')::int AS accordees,
      COALESCE(sum(a."montantAccordeCents") FILTER (WHERE ${inPeriod} AND a.status = 'ACCORDEE'), 0)::int AS "accordeCents",
      count(*) FILTER (WHERE ${inPeriod} AND a.status = 'REFUSEE')::int AS refusees,
      count(*) FILTER (WHERE ${pending})::int AS "enAttente",
      COALESCE(sum(a."montantDemandeCents") FILTER (WHERE ${pending}), 0)::int AS "enAttenteCents"
    FROM "Aide" a ${usager}
    WHERE ${dashboardScopeSql(scope, "a")} AND (${inPeriod} OR ${pending}) ${site} ${mine}
    GROUP BY 1`;
  return AIDE_TYPES.map((type) => raw.find((r) => r.type === type)).filter((r): r is AideTypeRow => Boolean(r));
}
