import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

/** Names shown in the header: the actor's own structure and site. */
export async function getActorContext(actor: Actor) {
  const [structure, site] = await Promise.all([
    db.structure.findUniqueOrThrow({ where: { id: actor.structureId }, select: { name: true } }),
    actor.siteId ? db.site.findUnique({ where: { id: actor.siteId }, select: { name: true, kind: true } }) : null,
  ]);
  return { structureName: structure.name, siteName: site?.name ?? null, siteKind: site?.kind ?? null };
}
