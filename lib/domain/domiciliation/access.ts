// Who may open the mail register: the pure rule needs the kind of the actor's site, which the
// session does not carry; it is read here, once per call.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canUseCourrier } from "@/lib/auth/permissions";
import { courrierDomiciliationScope, courrierScope } from "@/lib/auth/scopes/courrier";
import { siteScope } from "@/lib/auth/scopes/site";

export async function actorSiteKind(actor: Actor): Promise<string | null> {
  if (!actor.siteId) return null;
  const site = await db.site.findFirst({ where: { AND: [siteScope(actor), { id: actor.siteId }] }, select: { kind: true } });
  return site?.kind ?? null;
}

export async function courrierAccess(actor: Actor) {
  const kind = await actorSiteKind(actor);
  return {
    allowed: canUseCourrier(actor, kind), courriers: courrierScope(actor, kind), domiciliations: courrierDomiciliationScope(actor, kind), siteKind: kind,
  };
}

export const DEFAULT_COURRIER_RETOUR_JOURS = 15;

/** The structure's return-to-sender delay (settings), 15 days by default. */
export async function courrierRetourJours(structureId: string): Promise<number> {
  const row = await db.structureSettings.findUnique({ where: { structureId }, select: { courrierRetourJours: true } });
  return row?.courrierRetourJours ?? DEFAULT_COURRIER_RETOUR_JOURS;
}
