// The navigation counter. CCAS side: fiches sent and not yet received. Agent: fiches of their
// site that the CCAS moved (a status other than "envoyée") since the agent last opened the list.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canListFiches, canSendFiche } from "@/lib/auth/permissions";
import { ficheAgentScopeSql, ficheCcasScopeSql } from "@/lib/auth/scopes/fiche";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The counter as one SQL expression (an integer): the navigation reads it in the same statement
 * as the header's other figures (lib/domain/navigation/header.ts, decision 0097).
 */
export function ficheNotificationCountSql(actor: Actor): Prisma.Sql {
  if (canSendFiche(actor)) {
    return Prisma.sql`(SELECT count(*)::int FROM "FicheLiaison" f WHERE ${ficheAgentScopeSql(actor, "f")} AND f.status <> 'ENVOYEE'::"FicheStatus"
      AND f."statusChangedAt" > coalesce((SELECT me."fichesVuesAt" FROM "User" me WHERE me.id = ${actor.id}::uuid), '-infinity'::timestamp))`;
  }
  if (canListFiches(actor)) {
    return Prisma.sql`(SELECT count(*)::int FROM "FicheLiaison" f WHERE ${ficheCcasScopeSql(actor, "f")} AND f.status = 'ENVOYEE'::"FicheStatus")`;
  }
  return Prisma.sql`0`;
}

export async function ficheNotificationCount(actor: Actor): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT ${ficheNotificationCountSql(actor)} AS n`;
  return row!.n;
}

/** Called when the agent opens their list: what they have seen no longer counts. */
export async function markAgentFichesSeen(actor: Actor, now = new Date()) {
  if (!canSendFiche(actor)) return;
  await db.user.update({ where: { id: actor.id }, data: { fichesVuesAt: now } });
}
