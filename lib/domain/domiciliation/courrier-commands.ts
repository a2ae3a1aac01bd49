// The mail register: logging mail received for a domiciled person, handing it over (the person
// signs the register) and returning it to the sender. Open to TS, RESPONSABLE and the reception
// agent of a Maison des Solidarités. A handing over is a contact: it restarts the 3-month count
// and moves the dossier's last contact forward.
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { isoToDate } from "@/lib/domain/shared/fields";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { courrierAccess } from "./access";
import type { CourrierHandOver, CourrierReceive, CourrierReturn } from "./schemas";

const today = (now: Date) => isoToDate(parisToday(now))!;
export const NOT_DOMICILED = "Cette personne n'a pas de domiciliation en vigueur : le courrier est à retourner à l'expéditeur.";
export const ENDED_HANDOVER = "La domiciliation de cette personne est terminée ou expirée : le courrier ne peut plus lui être remis ici, retournez-le à l'expéditeur.";

async function scopesOrNotFound(actor: Actor) {
  const access = await courrierAccess(actor);
  if (!access.allowed) throw new NotFoundError();
  return access;
}

async function loadCourrier(tx: DbTx, actor: Actor, id: string) {
  const { courriers } = await scopesOrNotFound(actor);
  const c = await tx.courrierDomiciliation.findFirst({
    where: { AND: [courriers, { id }] },
    include: { domiciliation: { select: { id: true, usagerId: true, status: true, finValidite: true, debut: true } } },
  });
  if (!c) throw new NotFoundError();
  return c;
}

export async function receiveCourrier(actor: Actor, input: CourrierReceive, now = new Date()) {
  return db.$transaction(async (tx) => {
    const { domiciliations } = await scopesOrNotFound(actor);
    const d = await tx.domiciliation.findFirst({ where: { AND: [domiciliations, { id: input.domiciliationId }] }, select: { id: true, usagerId: true, status: true, debut: true, finValidite: true } });
    if (!d) throw new NotFoundError();
    const recuLe = isoToDate(input.recuLe)!;
    if (d.status !== "ACCORDEE" || !d.finValidite || d.finValidite < today(now)) throw new DomainError(NOT_DOMICILED, { domiciliationId: NOT_DOMICILED });
    if (d.debut && recuLe < d.debut) throw new DomainError("Dates incohérentes.", { recuLe: "Le courrier ne peut pas être arrivé avant le début de la domiciliation." });
    const c = await tx.courrierDomiciliation.create({
      data: { ...ownedBy(actor), domiciliationId: d.id, recuLe, expediteurType: input.expediteurType, recommande: input.recommande, enregistreParId: actor.id },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "courrier.receive", entityType: "CourrierDomiciliation", entityId: c.id,
      details: { usagerId: d.usagerId, domiciliationId: d.id, expediteur: input.expediteurType, recommande: input.recommande },
    });
    return { id: c.id, domiciliationId: d.id };
  });
}

export async function handOverCourrier(actor: Actor, input: CourrierHandOver, now = new Date()) {
  return db.$transaction(async (tx) => {
    const c = await loadCourrier(tx, actor, input.id);
    const d = c.domiciliation;
    if (d.status !== "ACCORDEE" || !d.finValidite || d.finValidite < today(now)) throw new DomainError(ENDED_HANDOVER, { remisLe: ENDED_HANDOVER });
    if (c.status !== "EN_ATTENTE") throw new DomainError("Ce courrier a déjà été remis ou retourné.", { remisLe: "Ce courrier n'est plus en attente." });
    const remisDay = isoToDate(input.remisLe)!;
    if (remisDay < c.recuLe) throw new DomainError("Dates incohérentes.", { remisLe: "La remise ne peut pas précéder la réception du courrier." });
    // The instant of the contact: now when handed over today, otherwise noon of that day.
    const remisLe = input.remisLe === parisToday(now) ? now : new Date(remisDay.getTime() + 12 * 3600_000);
    const { count } = await tx.courrierDomiciliation.updateMany({
      where: { id: c.id, status: "EN_ATTENTE" },
      data: { status: "REMIS", remisLe, remisParId: actor.id, signatureRecue: true, retourProposeLe: null },
    });
    if (count === 0) throw new DomainError("Ce courrier vient d'être traité par quelqu'un d'autre : rechargez la page.");
    await tx.domiciliation.updateMany({ where: { id: d.id, OR: [{ dernierContactLe: null }, { dernierContactLe: { lt: remisLe } }] }, data: { dernierContactLe: remisLe } });
    await tx.domiciliation.updateMany({ where: { id: d.id, finProposeeLe: { not: null } }, data: { finProposeeLe: null } });
    await tx.usager.updateMany({ where: { id: d.usagerId, OR: [{ lastContactAt: null }, { lastContactAt: { lt: remisLe } }] }, data: { lastContactAt: remisLe } });
    await writeAudit(tx, actor, {
      action: "courrier.handover", entityType: "CourrierDomiciliation", entityId: c.id,
      details: { usagerId: d.usagerId, domiciliationId: d.id, remisLe: input.remisLe, signature: true },
    });
  });
}

export async function returnCourrier(actor: Actor, input: CourrierReturn) {
  return db.$transaction(async (tx) => {
    const c = await loadCourrier(tx, actor, input.id);
    if (c.status !== "EN_ATTENTE") throw new DomainError("Ce courrier a déjà été remis ou retourné.", { retourneLe: "Ce courrier n'est plus en attente." });
    const retourneLe = isoToDate(input.retourneLe)!;
    if (retourneLe < c.recuLe) throw new DomainError("Dates incohérentes.", { retourneLe: "Le retour ne peut pas précéder la réception du courrier." });
    const { count } = await tx.courrierDomiciliation.updateMany({ where: { id: c.id, status: "EN_ATTENTE" }, data: { status: "RETOURNE", retourneLe, retourneParId: actor.id } });
    if (count === 0) throw new DomainError("Ce courrier vient d'être traité par quelqu'un d'autre : rechargez la page.");
    await writeAudit(tx, actor, {
      action: "courrier.return", entityType: "CourrierDomiciliation", entityId: c.id,
      details: { usagerId: c.domiciliation.usagerId, domiciliationId: c.domiciliation.id },
    });
  });
}
