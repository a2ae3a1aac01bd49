import type { Actor } from "@/lib/auth/actor";
import { canViewDashboard } from "@/lib/auth/permissions";
import { listStructureSites } from "@/lib/domain/shared/structure-sites";

/** The sites the dashboard can be filtered by: those of the actor's structure. */
export function listDashboardSites(actor: Actor) {
  if (!canViewDashboard(actor)) return Promise.resolve([]);
  return listStructureSites(actor);
}
