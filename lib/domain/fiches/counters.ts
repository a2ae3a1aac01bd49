// The navigation counter. CCAS side: fiches sent and not yet received. Agent: fiches of their
// site that the CCAS moved (a status other than "envoyée") since the agent last opened the list.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canListFiches, canSendFiche } from "@/lib/auth/permissions";
import { ficheAgentScope, ficheCcasScope } from "@/lib/auth/scopes/fiche";

export async function ficheNotificationCount(actor: Actor): Promise<number> {
  if (canSendFiche(actor)) {
    const me = await db.user.findUnique({ where: { id: actor.id }, select: { fichesVuesAt: true } });
    return db.ficheLiaison.count({
      where: {
        AND: [ficheAgentScope(actor), { status: { not: "ENVOYEE" } }, me?.fichesVuesAt ? { statusChangedAt: { gt: me.fichesVuesAt } } : {}],
      },
    });
  }
  if (canListFiches(actor)) {
    return db.ficheLiaison.count({ where: { AND: [ficheCcasScope(actor), { status: "ENVOYEE" }] } });
  }
  return 0;
}

/** Called when the agent opens their list: what they have seen no longer counts. */
export async function markAgentFichesSeen(actor: Actor, now = new Date()) {
  if (!canSendFiche(actor)) return;
  await db.user.update({ where: { id: actor.id }, data: { fichesVuesAt: now } });
}
