// Reads of tasks, through the actor's scope: my open tasks (À faire, Ma journée), a dossier's,
// the team's overdue ones (RESPONSABLE), and who a task may be given to.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canChangeTacheStatus, canViewTeamTaches } from "@/lib/auth/permissions";
import { isSocial } from "@/lib/auth/roles";
import { tacheScope } from "@/lib/auth/scopes/tache";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { workersOf } from "@/lib/auth/scopes/user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { structureUserNames } from "@/lib/domain/shared/user-names";
import { rowsById } from "@/lib/domain/shared/related-rows";

const SELECT = {
  id: true, structureId: true, titre: true, echeance: true, status: true, assigneeId: true, createdById: true, usagerId: true,
} as const;

export type TacheRow = {
  id: string; titre: string; echeance: Date; status: "A_FAIRE" | "FAITE" | "ANNULEE"; overdue: boolean; canChange: boolean;
  assignee: string; createdBy: string; usager: { id: string; label: string } | null;
};

async function rows(actor: Actor, where: Prisma.TacheWhereInput, now: Date, take = 200): Promise<TacheRow[]> {
  const list = await db.tache.findMany({ where: { AND: [tacheScope(actor), where] }, select: SELECT, orderBy: [{ echeance: "asc" }, { createdAt: "asc" }], take });
  if (list.length === 0) return [];
  const today = parisToday(now);
  // The dossier's name only if the actor may read it (the same rule as the task's, checked again).
  const [names, readable] = await Promise.all([
    structureUserNames(actor),
    rowsById(list.map((t) => t.usagerId), (ids) => db.usager.findMany({
      where: { AND: [usagerScope(actor), { id: { in: ids } }] }, select: { id: true, nom: true, prenom: true, numeroDossier: true },
    })),
  ]);
  return list.map((t) => ({
    id: t.id, titre: t.titre, echeance: t.echeance, status: t.status,
    overdue: t.status === "A_FAIRE" && t.echeance.toISOString().slice(0, 10) < today,
    canChange: canChangeTacheStatus(actor, t),
    assignee: names(t.assigneeId) ?? "compte supprimé", createdBy: names(t.createdById) ?? "compte supprimé",
    usager: usagerOf(t.usagerId ? readable.get(t.usagerId) : undefined),
  }));
}

function usagerOf(u: { id: string; nom: string; prenom: string; numeroDossier: string } | undefined) {
  return u ? { id: u.id, label: `${u.nom.toUpperCase()} ${u.prenom} (n° ${u.numeroDossier})` } : null;
}

/** My tasks still to do, the earliest due first (overdue ones included). */
export function listMyOpenTaches(actor: Actor, now = new Date()) {
  return rows(actor, { assigneeId: actor.id, status: "A_FAIRE" }, now);
}

/** A dossier's tasks: those to do, then the last 20 done or cancelled. */
export async function listDossierTaches(actor: Actor, usagerId: string, now = new Date()) {
  const [open, closed] = await Promise.all([
    rows(actor, { usagerId, status: "A_FAIRE" }, now),
    rows(actor, { usagerId, status: { not: "A_FAIRE" } }, now, 20),
  ]);
  return [...open, ...closed];
}

/** The structure's overdue tasks, whoever holds them: the RESPONSABLE's view of the team. */
export function listTeamOverdueTaches(actor: Actor, now = new Date()) {
  if (!canViewTeamTaches(actor)) return Promise.resolve([]);
  return rows(actor, { status: "A_FAIRE", echeance: { lt: new Date(`${parisToday(now)}T00:00:00Z`) } }, now);
}

/** Who a task may be given to: the active workers of the structure, the actor first. */
export async function listAssignableColleagues(actor: Actor) {
  if (!isSocial(actor)) return [];
  const users = await db.user.findMany({
    where: { AND: [workersOf(actor.structureId), { status: "ACTIVE" }] },
    select: { id: true, firstName: true, lastName: true }, orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
  });
  const list = users.map((u) => ({ id: u.id, name: u.id === actor.id ? `Moi-même (${u.firstName} ${u.lastName})` : `${u.firstName} ${u.lastName}` }));
  return [...list.filter((u) => u.id === actor.id), ...list.filter((u) => u.id !== actor.id)];
}
