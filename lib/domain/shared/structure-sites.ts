// The sites of the actor's structure, by name: the "Site" choice of every list filter and of the
// dashboard. Only the structure's own: a site id of another structure in a URL matches nothing.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { siteScope } from "@/lib/auth/scopes/site";

export function listStructureSites(actor: Actor) {
  return db.site.findMany({ where: siteScope(actor), select: { id: true, name: true }, orderBy: { name: "asc" } });
}
export type SiteOption = Awaited<ReturnType<typeof listStructureSites>>[number];
