// Recording and cancelling an absence. One's own (TS, RESPONSABLE), or a member of the team's (the
// RESPONSABLE); the remplaçant is another active TS or RESPONSABLE of the structure. Two absences
// of one person never overlap: checked under a lock on that person, so two forms sent at once
// cannot both pass. Each write and its audit row in one transaction.
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canRecordAbsence } from "@/lib/auth/permissions";
import { absenceScope } from "@/lib/auth/scopes/absence";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { workersOf } from "@/lib/auth/scopes/user";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { isoToDate } from "@/lib/domain/shared/fields";
import type { AbsenceCancel, AbsenceInput } from "./schemas";

export const UNKNOWN_REMPLACANT = "Choisissez une ou un collègue actif de la structure (travailleur social ou responsable).";
export const SELF_REMPLACANT = "La personne absente ne peut pas se remplacer elle-même : choisissez une ou un collègue.";
const UNKNOWN_MEMBER = "Membre de l'équipe inconnu.";
const frenchDay = (d: Date) => d.toISOString().slice(0, 10).split("-").reverse().join("/");

async function activeWorker(tx: DbTx, structureId: string, id: string) {
  return tx.user.findFirst({ where: { AND: [workersOf(structureId), { id, status: "ACTIVE" }] }, select: { id: true, structureId: true } });
}

export async function recordAbsence(actor: Actor, input: AbsenceInput) {
  const userId = input.userId || actor.id;
  return db.$transaction(async (tx) => {
    const absent = await activeWorker(tx, actor.structureId, userId);
    if (!absent || !canRecordAbsence(actor, absent)) {
      if (userId === actor.id) throw new NotFoundError();
      throw new DomainError(UNKNOWN_MEMBER, { userId: UNKNOWN_MEMBER });
    }
    if (input.remplacantId === userId) throw new DomainError(SELF_REMPLACANT, { remplacantId: SELF_REMPLACANT });
    const remplacant = await activeWorker(tx, actor.structureId, input.remplacantId);
    if (!remplacant) throw new DomainError(UNKNOWN_REMPLACANT, { remplacantId: UNKNOWN_REMPLACANT });
    const debut = isoToDate(input.debut)!;
    const fin = isoToDate(input.fin)!;
    // One person's absences are checked and written one at a time.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`absence:${userId}`}))`;
    const overlap = await tx.absence.findFirst({
      where: { AND: [absenceScope(actor), { userId, cancelledAt: null, debut: { lte: fin }, fin: { gte: debut } }] },
      select: { debut: true, fin: true },
    });
    if (overlap) {
      const message = `Une absence est déjà enregistrée du ${frenchDay(overlap.debut)} au ${frenchDay(overlap.fin)} : les dates se chevauchent.`;
      throw new DomainError(message, { debut: message });
    }
    const absence = await tx.absence.create({
      data: { ...ownedBy(actor), userId, remplacantId: remplacant.id, debut, fin, createdById: actor.id },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "absence.create", entityType: "Absence", entityId: absence.id,
      details: { userId, remplacantId: remplacant.id, debut: input.debut, fin: input.fin },
    });
    return absence;
  });
}

export async function cancelAbsence(actor: Actor, input: AbsenceCancel, { now = new Date() }: { now?: Date } = {}) {
  return db.$transaction(async (tx) => {
    const a = await tx.absence.findFirst({
      where: { AND: [absenceScope(actor), { id: input.absenceId }] },
      select: { id: true, structureId: true, userId: true, cancelledAt: true },
    });
    if (!a) throw new NotFoundError();
    if (!canRecordAbsence(actor, { id: a.userId, structureId: a.structureId })) {
      throw new DomainError("Seuls la personne absente et la ou le responsable peuvent annuler cette absence.");
    }
    const { count } = await tx.absence.updateMany({ where: { id: a.id, cancelledAt: null }, data: { cancelledAt: now, cancelledById: actor.id } });
    if (count !== 1) throw new DomainError("Cette absence est déjà annulée.");
    await writeAudit(tx, actor, { action: "absence.cancel", entityType: "Absence", entityId: a.id, details: { userId: a.userId } });
    return { id: a.id };
  });
}
