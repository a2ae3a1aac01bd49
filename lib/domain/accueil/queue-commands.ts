// The queue of a walk-in permanence: the accueil adds a person (a ticket number of the day), a
// professional takes the next one, or the person left / was directed elsewhere. Each change is a
// conditional update on a waiting entry: of two professionals taking the same person at once,
// one wins and the other gets a French message; nothing is taken twice.
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canCloseQueueEntry, canTakeFromQueue } from "@/lib/auth/permissions";
import { fileAttenteScope } from "@/lib/auth/scopes/file-attente";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { walkInOpenings } from "@/lib/domain/agenda/walk-in";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { isoToDate } from "@/lib/domain/shared/fields";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { assertAccueil, loadDeskSite, loadNamedDossier } from "./access";
import type { QueueAdd, QueueLeave, QueueTake } from "./schemas";

export const NO_PERMANENCE_TODAY = "Pas de permanence sans rendez-vous aujourd'hui dans ce site : proposez un rendez-vous ou enregistrez un passage.";
export const PERMANENCE_OVER = "La permanence sans rendez-vous de ce site est terminée pour aujourd'hui : proposez un rendez-vous ou enregistrez un passage.";

export async function addToQueue(actor: Actor, input: QueueAdd, now = new Date()) {
  assertAccueil(actor);
  const day = parisToday(now);
  return db.$transaction(async (tx) => {
    const site = await loadDeskSite(tx, actor, input.siteId);
    const openings = await walkInOpenings(actor, site.id, day);
    if (openings.length === 0) throw new DomainError(NO_PERMANENCE_TODAY, { siteId: NO_PERMANENCE_TODAY });
    if (openings.every((o) => o.fin.getTime() <= now.getTime())) throw new DomainError(PERMANENCE_OVER, { siteId: PERMANENCE_OVER });
    const usager = await loadNamedDossier(tx, actor, input.usagerId);
    // Tickets restart at 1 each day and site: one writer at a time for that day's numbering.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`file-attente:${site.id}:${day}`}, 0))`;
    const jour = isoToDate(day)!;
    if (usager) {
      const waiting = await tx.fileAttenteEntree.findFirst({ where: { siteId: site.id, jour, usagerId: usager.id, status: "EN_ATTENTE" }, select: { ticket: true } });
      if (waiting) throw new DomainError("Déjà dans la file.", { usagerId: `Cette personne attend déjà (ticket n° ${waiting.ticket}).` });
    }
    const last = await tx.fileAttenteEntree.aggregate({ where: { siteId: site.id, jour }, _max: { ticket: true } });
    const entry = await tx.fileAttenteEntree.create({
      data: {
        ...ownedBy(actor), siteId: site.id, jour, ticket: (last._max.ticket ?? 0) + 1, usagerId: usager?.id ?? null,
        prenom: usager ? null : input.prenom, motif: input.motif, arriveeLe: now, ajouteParId: actor.id,
      },
      select: { id: true, ticket: true },
    });
    await writeAudit(tx, actor, { action: "file.add", entityType: "FileAttenteEntree", entityId: entry.id, details: { siteId: site.id, usagerId: usager?.id ?? null, motif: input.motif, ticket: entry.ticket } });
    return entry;
  });
}

async function loadEntry(tx: DbTx, actor: Actor, id: string) {
  const entry = await tx.fileAttenteEntree.findFirst({
    where: { AND: [fileAttenteScope(actor), { id }] },
    select: { id: true, structureId: true, siteId: true, status: true, usagerId: true, prenom: true, motif: true, ticket: true, traitePar: { select: { firstName: true, lastName: true } } },
  });
  if (!entry) throw new NotFoundError();
  return entry;
}

/** The French message for an entry that is no longer waiting (someone else was quicker). */
function alreadyHandled(entry: { status: string; traitePar: { firstName: string; lastName: string } | null }) {
  const who = entry.traitePar ? ` par ${entry.traitePar.firstName} ${entry.traitePar.lastName}` : "";
  return entry.status === "PRIS_EN_CHARGE"
    ? `Cette personne vient d'être prise en charge${who}. La file est à jour : prenez la personne suivante.`
    : `Cette personne n'est plus dans la file (sortie enregistrée${who}).`;
}

async function leaveWaiting(tx: DbTx, actor: Actor, id: string, data: { status: "PRIS_EN_CHARGE" | "PARTI" | "REORIENTE"; orientationPrecision?: string | null }, now: Date) {
  const { count } = await tx.fileAttenteEntree.updateMany({
    where: { id, status: "EN_ATTENTE" },
    data: { ...data, sortieLe: now, traiteParId: actor.id },
  });
  if (count === 0) {
    // Read again: the winner's name is committed by now (the row lock made this update wait).
    const current = await tx.fileAttenteEntree.findUniqueOrThrow({ where: { id }, select: { status: true, traitePar: { select: { firstName: true, lastName: true } } } });
    throw new DomainError(alreadyHandled(current));
  }
}

export async function takeFromQueue(actor: Actor, input: QueueTake, now = new Date()) {
  return db.$transaction(async (tx) => {
    const entry = await loadEntry(tx, actor, input.id);
    if (!canTakeFromQueue(actor, entry)) throw new NotFoundError();
    if (entry.status !== "EN_ATTENTE") throw new DomainError(alreadyHandled(entry));
    await leaveWaiting(tx, actor, entry.id, { status: "PRIS_EN_CHARGE" }, now);
    await writeAudit(tx, actor, { action: "file.take", entityType: "FileAttenteEntree", entityId: entry.id, details: { usagerId: entry.usagerId, ticket: entry.ticket } });
    return { id: entry.id, usagerId: entry.usagerId, prenom: entry.prenom };
  });
}

export async function leaveQueue(actor: Actor, input: QueueLeave, now = new Date()) {
  assertAccueil(actor);
  return db.$transaction(async (tx) => {
    const entry = await loadEntry(tx, actor, input.id);
    if (!canCloseQueueEntry(actor, entry)) throw new NotFoundError();
    if (entry.status !== "EN_ATTENTE") throw new DomainError(alreadyHandled(entry));
    await leaveWaiting(tx, actor, entry.id, { status: input.issue, orientationPrecision: input.issue === "REORIENTE" ? input.orientationPrecision : null }, now);
    await writeAudit(tx, actor, { action: "file.leave", entityType: "FileAttenteEntree", entityId: entry.id, details: { issue: input.issue, ticket: entry.ticket } });
    return { id: entry.id };
  });
}
