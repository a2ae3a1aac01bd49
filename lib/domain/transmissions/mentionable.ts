// Who may be mentioned in a transmission: the active workers of the dossier's structure (TS and
// RESPONSABLE, the roles that may read it), never an AGENT, an ADMIN or another structure.
import type { DbTx } from "@/lib/db";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isSocial } from "@/lib/auth/roles";
import { workersOf } from "@/lib/auth/scopes/user";

/** Of `ids`, those that may be mentioned on a dossier of `structureId`. */
export async function mentionableIds(tx: DbTx, structureId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx.user.findMany({ where: { AND: [workersOf(structureId), { status: "ACTIVE", id: { in: ids } }] }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** The colleagues the actor may mention (themself left out), by name. */
export async function listMentionableColleagues(actor: Actor) {
  if (!isSocial(actor)) return [];
  const rows = await db.user.findMany({
    where: { AND: [workersOf(actor.structureId), { status: "ACTIVE", id: { not: actor.id } }] },
    select: { id: true, firstName: true, lastName: true },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
  });
  return rows.map((u) => ({ id: u.id, name: `${u.firstName} ${u.lastName}` }));
}
