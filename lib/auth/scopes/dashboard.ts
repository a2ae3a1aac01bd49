// Whose figures the tableau de bord shows: a RESPONSABLE the structure's (workerId null), a
// travailleur social their own caseload only (canViewAllCaseloads); any other role nothing (the
// page answers 404). The scope is a value rather than a where-input because the figures are
// cached per scope (lib/domain/dashboard/cache.ts) and read by hand-written SQL over the rows and
// the trigger-maintained summary tables; every query of lib/domain/dashboard starts from it.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { canViewAllCaseloads, canViewDashboard } from "../permissions";
import { ownedBy, ownedBySql } from "./structure";
import { workersOf } from "./user";

export type DashboardScope = { structureId: string; workerId: string | null };

export function dashboardScope(actor: Actor): DashboardScope | null {
  if (!canViewDashboard(actor)) return null;
  return { ...ownedBy(actor), workerId: canViewAllCaseloads(actor) ? null : actor.id };
}

/** The scope's structure on any table of a dashboard query (rows and summary tables alike). */
export function dashboardScopeSql(scope: Pick<DashboardScope, "structureId">, alias: string): Prisma.Sql {
  return ownedBySql(scope, alias);
}

/** The workers whose figures are shown: the structure's, or the travailleur social alone. */
export function dashboardWorkerScope(scope: DashboardScope): Prisma.UserWhereInput {
  return { ...workersOf(scope.structureId), ...(scope.workerId ? { id: scope.workerId } : {}) };
}
