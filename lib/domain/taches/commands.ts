// Writes on tasks. Creating: a TS or RESPONSABLE, for an active worker of the structure (or
// themself), about a dossier they may read or none. Changing the status: the assignee, the giver
// or a RESPONSABLE. Each write and its audit row in one transaction; the audit never holds the title.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canChangeTacheStatus, canCreateTache } from "@/lib/auth/permissions";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { tacheScope } from "@/lib/auth/scopes/tache";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { workersOf } from "@/lib/auth/scopes/user";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { actorName, notify } from "@/lib/domain/notifications/notify";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { isoToDate } from "@/lib/domain/shared/fields";
import { TACHE_STATUS_LABELS, type TacheInput, type TacheStatusChange } from "./schemas";

export const UNKNOWN_ASSIGNEE = "Choisissez une ou un collègue de la structure (travailleur social ou responsable).";

export async function createTache(actor: Actor, input: TacheInput) {
  if (!canCreateTache(actor)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    if (input.usagerId) {
      const usager = await tx.usager.findFirst({ where: { AND: [usagerScope(actor), { id: input.usagerId }] }, select: { status: true } });
      if (!usager) throw new NotFoundError();
      if (usager.status === "ARCHIVE") throw new DomainError("Ce dossier est archivé : on ne peut plus y rattacher de tâche.");
    }
    const assignee = await tx.user.findFirst({ where: { AND: [workersOf(actor.structureId), { id: input.assigneeId, status: "ACTIVE" }] }, select: { id: true } });
    if (!assignee) throw new DomainError(UNKNOWN_ASSIGNEE, { assigneeId: UNKNOWN_ASSIGNEE });
    const tache = await tx.tache.create({
      data: { ...ownedBy(actor), usagerId: input.usagerId, titre: input.titre, echeance: isoToDate(input.echeance)!, assigneeId: assignee.id, createdById: actor.id },
      select: { id: true, assigneeId: true, usagerId: true, titre: true },
    });
    await writeAudit(tx, actor, {
      action: "tache.create", entityType: "Tache", entityId: tache.id,
      details: { usagerId: input.usagerId, assigneeId: assignee.id, echeance: input.echeance },
    });
    await notify(tx, actor, { kind: "TACHE_ASSIGNEE", to: [assignee.id], usagerId: input.usagerId, href: "/a-faire", title: `${actorName(actor)} vous confie une tâche pour le ${input.echeance.split("-").reverse().join("/")}` });
    return tache;
  });
}

export async function changeTacheStatus(actor: Actor, input: TacheStatusChange, { now = new Date() }: { now?: Date } = {}) {
  return db.$transaction(async (tx) => {
    const t = await tx.tache.findFirst({
      where: { AND: [tacheScope(actor), { id: input.tacheId }] },
      select: { id: true, structureId: true, usagerId: true, assigneeId: true, createdById: true, status: true },
    });
    if (!t) throw new NotFoundError();
    if (!canChangeTacheStatus(actor, t)) throw new DomainError("Seuls la personne chargée de la tâche, celle qui l'a confiée et la ou le responsable peuvent changer son statut.");
    if (t.status === input.status) throw new DomainError(`Cette tâche est déjà au statut « ${TACHE_STATUS_LABELS[input.status].toLowerCase()} ».`, { status: "Statut inchangé." });
    // Only from the status read: two clicks at once change it once.
    const { count } = await tx.tache.updateMany({ where: { id: t.id, status: t.status }, data: { status: input.status, statusChangedAt: now, statusById: actor.id } });
    if (count !== 1) throw new DomainError("Le statut de cette tâche vient d'être changé par quelqu'un d'autre : rechargez la page.");
    await writeAudit(tx, actor, { action: "tache.status", entityType: "Tache", entityId: t.id, details: { usagerId: t.usagerId, from: t.status, to: input.status } });
    return { id: t.id, status: input.status };
  });
}
