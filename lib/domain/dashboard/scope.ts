// Whose figures the actor sees: a RESPONSABLE the structure (workerId null), a travailleur social
// their own caseload only; any other role nothing (the page answers 404). Every query of this
// folder starts from this, so none can forget the rule.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { canViewAllCaseloads, canViewDashboard } from "@/lib/auth/permissions";
import type { PeriodFilter } from "@/lib/domain/shared/period";

export type DashboardScope = { structureId: string; workerId: string | null };

export function dashboardScope(actor: Actor): DashboardScope | null {
  if (!canViewDashboard(actor)) return null;
  return { structureId: actor.structureId, workerId: canViewAllCaseloads(actor) ? null : actor.id };
}

/** SQL conditions on a dossier aliased `u`: the site filter and, for a TS, their référent links. */
export function usagerConditions(scope: DashboardScope, filter: PeriodFilter): Prisma.Sql {
  const parts = [Prisma.sql`u."structureId" = ${scope.structureId}::uuid`];
  if (filter.siteId) parts.push(Prisma.sql`u."siteId" = ${filter.siteId}::uuid`);
  if (scope.workerId) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "UsagerReferent" rr WHERE rr."usagerId" = u.id AND rr."userId" = ${scope.workerId}::uuid)`);
  }
  return Prisma.join(parts, " AND ");
}
