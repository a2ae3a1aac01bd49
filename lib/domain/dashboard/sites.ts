import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canViewDashboard } from "@/lib/auth/permissions";

/** The sites the dashboard can be filtered by: those of the actor's structure. */
export function listDashboardSites(actor: Actor) {
  if (!canViewDashboard(actor)) return Promise.resolve([]);
  return db.site.findMany({ where: { structureId: actor.structureId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
