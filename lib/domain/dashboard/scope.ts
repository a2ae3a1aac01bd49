// SQL pieces shared by the dashboard's queries. Whose figures they read is the DashboardScope
// (lib/auth/scopes/dashboard.ts): every query of this folder starts from it.
import { Prisma } from "@/lib/generated/prisma/client";
import { dashboardScopeSql, type DashboardScope } from "@/lib/auth/scopes/dashboard";
import type { DashboardFilter } from "./filter";

/** SQL conditions on a dossier aliased `u`: the site filter and, for a TS, their référent links. */
export function usagerConditions(scope: DashboardScope, filter: DashboardFilter): Prisma.Sql {
  const parts = [dashboardScopeSql(scope, "u")];
  if (filter.siteId) parts.push(Prisma.sql`u."siteId" = ${filter.siteId}::uuid`);
  if (scope.workerId) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "UsagerReferent" rr WHERE rr."usagerId" = u.id AND rr."userId" = ${scope.workerId}::uuid)`);
  }
  return Prisma.join(parts, " AND ");
}

/** Paris calendar days of the filter for date columns: [fromDay, toDay). */
export function dayBounds(filter: DashboardFilter): { fromDay: string; toDay: string } {
  const day = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(d);
  return { fromDay: day(filter.from), toDay: day(filter.to) };
}
