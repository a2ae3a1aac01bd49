// Writes on orientations: a TS or RESPONSABLE of the structure (canOrient). Each loads its target
// inside the structure (foreign id → 404), and writes the change, its dated event and the audit
// row in one transaction. Audit details never hold the motive or other free text about a person.
import { db, type DbTx } from "@/lib/db";
import { attachDocumentsToOrientation } from "@/lib/domain/documents/orientation-documents";
import type { Actor } from "@/lib/auth/actor";
import { canOrient } from "@/lib/auth/permissions";
import { orientationScope } from "@/lib/auth/scopes/orientation";
import { partenaireScope } from "@/lib/auth/scopes/partenaire";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { notify } from "@/lib/domain/notifications/notify";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { isoToDate } from "@/lib/domain/shared/fields";
import { parisLocalToDate, parisToday } from "@/lib/domain/shared/paris-time";
import { formatCalendarDate } from "@/lib/format";
import type { Orientation, OrientationRelance, OrientationStatusChange } from "./schemas";
import { checkOrientationTransition, PENDING_STATUSES, STATUS_DATE_COLUMN } from "./status-machine";

/** Marks an event as a relaunch (the status stays the same) in the history. */
export const RELANCE_NOTE = "Relance du partenaire";
export const UNKNOWN_PARTNER = "Service inconnu : choisissez un service actif de l'annuaire de votre structure.";
const CONFLICT = "Le statut de cette orientation vient d'être modifié par quelqu'un d'autre : rechargez la page.";

export async function createOrientation(actor: Actor, input: Orientation) {
  return db.$transaction(async (tx) => {
    const usager = await tx.usager.findFirst({ where: { AND: [usagerScope(actor), { id: input.usagerId }] }, select: { id: true, structureId: true, status: true } });
    if (!usager || !canOrient(actor, usager)) throw new NotFoundError();
    if (usager.status === "ARCHIVE") throw new DomainError("Ce dossier est archivé : on ne peut plus orienter la personne depuis ce dossier.");
    const partenaire = await tx.partenaire.findFirst({ where: { AND: [partenaireScope(actor), { id: input.partenaireId, actif: true }] }, select: { id: true } });
    if (!partenaire) throw new DomainError(UNKNOWN_PARTNER, { partenaireId: UNKNOWN_PARTNER });
    const orientation = await tx.orientation.create({
      data: {
        ...ownedBy(actor), usagerId: usager.id, partenaireId: partenaire.id, authorId: actor.id,
        motif: input.motif, elementsTransmis: input.elementsTransmis, consentementLe: isoToDate(input.consentementLe)!,
        date: isoToDate(input.date)!, urgence: input.urgence, status: "ENVOYEE",
        events: { create: { actorId: actor.id, status: "ENVOYEE", at: effectiveInstant(input.date) } },
      },
      select: { id: true },
    });
    await attachDocumentsToOrientation(tx, actor, { orientationId: orientation.id, usagerId: usager.id, documentIds: input.documentIds });
    await writeAudit(tx, actor, {
      action: "orientation.create", entityType: "Orientation", entityId: orientation.id,
      details: { usagerId: usager.id, partenaireId: partenaire.id, elementsTransmis: input.elementsTransmis, urgence: input.urgence },
    });
    return orientation;
  });
}

/**
 * When a step happened, for the history: now if it is today, else noon (Paris) of the day typed,
 * so that events recorded afterwards still sort by the day they happened.
 */
export function effectiveInstant(isoDate: string, now = new Date()): Date {
  return isoDate === parisToday(now) ? now : parisLocalToDate(`${isoDate}T12:00`)!;
}

/** After the orientation's last event, so that two steps typed for the same day stay in order. */
async function nextEventAt(tx: DbTx, orientationId: string, isoDate: string): Promise<Date> {
  const at = effectiveInstant(isoDate);
  const last = await tx.orientationEvent.findFirst({ where: { orientationId }, orderBy: { at: "desc" }, select: { at: true } });
  return last && last.at >= at ? new Date(last.at.getTime() + 1_000) : at;
}

async function loadForUpdate(tx: DbTx, actor: Actor, orientationId: string) {
  const orientation = await tx.orientation.findFirst({
    where: { AND: [orientationScope(actor), { id: orientationId }] },
    select: { id: true, structureId: true, usagerId: true, authorId: true, status: true, date: true, accuseLe: true, reponseLe: true, relanceLe: true },
  });
  if (!orientation || !canOrient(actor, orientation)) throw new NotFoundError();
  return orientation;
}

/** A status date cannot come before the orientation, nor before the previous step. */
function assertNotBefore(date: Date, floor: Date | null, what: string) {
  if (floor && date < floor) {
    throw new DomainError("La date est antérieure à l'étape précédente.", { date: `La date ne peut pas précéder ${what} (${formatCalendarDate(floor)}).` });
  }
}

export async function changeOrientationStatus(actor: Actor, input: OrientationStatusChange) {
  return db.$transaction(async (tx) => {
    const current = await loadForUpdate(tx, actor, input.orientationId);
    const check = checkOrientationTransition(current.status, input.to, input.motifRefus);
    if (!check.ok) throw new DomainError(check.message, { [check.field]: check.message });
    const date = isoToDate(input.date)!;
    assertNotBefore(date, current.date, "la date d'orientation");
    if (input.to === "REALISEE") assertNotBefore(date, current.reponseLe, "la date d'acceptation");
    if (input.to !== "ACCUSEE") assertNotBefore(date, current.accuseLe, "la date d'accusé de réception");
    const column = input.to in STATUS_DATE_COLUMN ? STATUS_DATE_COLUMN[input.to as keyof typeof STATUS_DATE_COLUMN] : null;
    // The where on the old status makes two simultaneous changes impossible: the second one fails.
    const { count } = await tx.orientation.updateMany({
      where: { id: current.id, status: current.status },
      data: {
        status: input.to, statusChangedAt: new Date(),
        ...(column ? { [column]: date } : {}),
        ...(input.to === "REFUSEE" ? { motifRefus: input.motifRefus } : {}),
      },
    });
    if (count === 0) throw new DomainError(CONFLICT);
    await tx.orientationEvent.create({
      data: {
        orientationId: current.id, actorId: actor.id, status: input.to, at: await nextEventAt(tx, current.id, input.date),
        note: input.to === "REFUSEE" ? input.motifRefus : null,
      },
    });
    await writeAudit(tx, actor, {
      action: "orientation.status", entityType: "Orientation", entityId: current.id,
      details: { usagerId: current.usagerId, de: current.status, vers: input.to, date: input.date },
    });
    if (input.to === "ACCEPTEE" || input.to === "REFUSEE") await notify(tx, actor, { kind: "ORIENTATION_REPONSE", to: [current.authorId], usagerId: current.usagerId, href: `/usagers/${current.usagerId}/orientations/${current.id}`, title: "Le partenaire a répondu à votre orientation" });
  });
}

/** A relaunch of the partner: dated, it restarts the reminder delay; the status does not change. */
export async function recordOrientationRelance(actor: Actor, input: OrientationRelance) {
  return db.$transaction(async (tx) => {
    const current = await loadForUpdate(tx, actor, input.orientationId);
    if (!PENDING_STATUSES.includes(current.status)) {
      throw new DomainError("Seule une orientation en attente de réponse peut être relancée.", { date: "Cette orientation a déjà une réponse." });
    }
    const date = isoToDate(input.date)!;
    assertNotBefore(date, current.date, "la date d'orientation");
    // A relaunch typed with an earlier date than the last one does not move the reminder back.
    const relanceLe = current.relanceLe && current.relanceLe > date ? current.relanceLe : date;
    await tx.orientation.update({ where: { id: current.id }, data: { relanceLe } });
    await tx.orientationEvent.create({
      data: { orientationId: current.id, actorId: actor.id, status: current.status, at: await nextEventAt(tx, current.id, input.date), note: RELANCE_NOTE },
    });
    await writeAudit(tx, actor, {
      action: "orientation.relance", entityType: "Orientation", entityId: current.id,
      details: { usagerId: current.usagerId, date: input.date },
    });
  });
}
