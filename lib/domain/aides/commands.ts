// Writes on an aid: request (any TS or RESPONSABLE of the structure), instruction, decision (the
// RESPONSABLE only), payment (once granted). Each loads its target inside the actor's scope
// (foreign id → 404) and writes the change and its audit row in one transaction.
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canDecideAide, canWriteSuivi } from "@/lib/auth/permissions";
import { accompagnementScope } from "@/lib/auth/scopes/accompagnement";
import { aideScope } from "@/lib/auth/scopes/aide";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { dossierReferents, notify } from "@/lib/domain/notifications/notify";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { isoToDate } from "@/lib/domain/shared/fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AideCreate, AidePayment, AideStatusChange, AideUpdate } from "./schemas";
import { canRecordPayment, checkAideTransition, isPending } from "./status-machine";
import { ARCHIVED_MESSAGE } from "@/lib/domain/shared/messages";

export const AIDE_CONFLICT_MESSAGE =
  "Cette aide a été modifiée par quelqu'un d'autre pendant que vous la modifiiez. Rien n'a été enregistré : rechargez la page pour voir la dernière version.";

async function assertLinkable(tx: DbTx, actor: Actor, usagerId: string, accompagnementId: string | null) {
  if (!accompagnementId) return;
  const acc = await tx.accompagnement.findFirst({ where: { AND: [accompagnementScope(actor), { id: accompagnementId, usagerId }] }, select: { id: true } });
  if (!acc) throw new DomainError("Accompagnement inconnu.", { accompagnementId: "Choisissez un accompagnement de ce dossier." });
}

async function loadAide(tx: DbTx, actor: Actor, id: string) {
  const aide = await tx.aide.findFirst({ where: { AND: [aideScope(actor), { id }] }, include: { usager: { select: { status: true } } } });
  if (!aide || !canWriteSuivi(actor, aide)) throw new NotFoundError();
  if (aide.usager.status === "ARCHIVE") throw new DomainError(ARCHIVED_MESSAGE);
  return aide;
}

/** The row changes only if nobody saved since the form was opened (same updatedAt). */
async function updateIfUnchanged(tx: DbTx, id: string, updatedAt: string, data: Prisma.AideUpdateManyMutationInput) {
  const { count } = await tx.aide.updateMany({ where: { id, updatedAt: new Date(updatedAt) }, data });
  if (count === 0) throw new DomainError(AIDE_CONFLICT_MESSAGE);
}

export async function createAide(actor: Actor, input: AideCreate) {
  return db.$transaction(async (tx) => {
    const usager = await tx.usager.findFirst({ where: { AND: [usagerScope(actor), { id: input.usagerId }] }, select: { id: true, structureId: true, status: true } });
    if (!usager || !canWriteSuivi(actor, usager)) throw new NotFoundError();
    if (usager.status === "ARCHIVE") throw new DomainError(ARCHIVED_MESSAGE);
    await assertLinkable(tx, actor, usager.id, input.accompagnementId);
    const aide = await tx.aide.create({
      data: {
        structureId: usager.structureId, usagerId: usager.id, instructeurId: actor.id, type: input.type, objet: input.objet,
        montantDemandeCents: input.montantDemande, demandeLe: isoToDate(input.demandeLe)!, accompagnementId: input.accompagnementId,
      },
      select: { id: true, usagerId: true },
    });
    await writeAudit(tx, actor, {
      action: "aide.create", entityType: "Aide", entityId: aide.id,
      details: { usagerId: usager.id, type: input.type, montantDemandeCents: input.montantDemande },
    });
    return aide;
  });
}

export async function updateAideRequest(actor: Actor, input: AideUpdate) {
  return db.$transaction(async (tx) => {
    const aide = await loadAide(tx, actor, input.id);
    if (!isPending(aide.status)) throw new DomainError("Une demande décidée ou abandonnée ne peut plus être modifiée.");
    await assertLinkable(tx, actor, aide.usagerId, input.accompagnementId);
    const data = {
      type: input.type, objet: input.objet, montantDemandeCents: input.montantDemande,
      demandeLe: isoToDate(input.demandeLe)!, accompagnementId: input.accompagnementId,
    };
    if (aide.decisionLe && data.demandeLe > aide.decisionLe) {
      throw new DomainError("Dates incohérentes.", { demandeLe: "La demande ne peut pas suivre la décision déjà enregistrée." });
    }
    await updateIfUnchanged(tx, aide.id, input.updatedAt, data);
    const champs = (Object.keys(data) as (keyof typeof data)[]).filter((k) => String(data[k]?.valueOf()) !== String(aide[k]?.valueOf()));
    await writeAudit(tx, actor, { action: "aide.update", entityType: "Aide", entityId: aide.id, details: { usagerId: aide.usagerId, champs } });
  });
}

export async function changeAideStatus(actor: Actor, input: AideStatusChange) {
  return db.$transaction(async (tx) => {
    const aide = await loadAide(tx, actor, input.id);
    const check = checkAideTransition({
      from: aide.status, to: input.to, canDecide: canDecideAide(actor, aide), montantAccordeCents: input.montantAccorde, motif: input.motif,
    });
    if (!check.ok) throw new DomainError(check.message, check.field ? { [check.field]: check.message } : {});
    const decisionLe = input.decisionLe ? isoToDate(input.decisionLe)! : null;
    if (decisionLe && decisionLe < aide.demandeLe) {
      throw new DomainError("Dates incohérentes.", { decisionLe: "La décision ne peut pas précéder la demande." });
    }
    const data: Prisma.AideUpdateManyMutationInput = { status: input.to };
    if (input.commissionLe) data.commissionLe = isoToDate(input.commissionLe);
    if (input.to === "ACCORDEE") Object.assign(data, { montantAccordeCents: input.montantAccorde, decisionLe, motifRefus: null });
    if (input.to === "REFUSEE" || input.to === "AJOURNEE") Object.assign(data, { decisionLe, motifRefus: input.motif });
    await updateIfUnchanged(tx, aide.id, input.updatedAt, data);
    // The motif is free text: it stays on the row; the audit keeps the status and amount.
    await writeAudit(tx, actor, {
      action: "aide.status", entityType: "Aide", entityId: aide.id,
      details: {
        usagerId: aide.usagerId, de: aide.status, vers: input.to,
        ...(input.to === "ACCORDEE" ? { montantAccordeCents: input.montantAccorde } : {}),
      },
    });
    if (input.to === "ACCORDEE" || input.to === "REFUSEE" || input.to === "AJOURNEE") await notify(tx, actor, { kind: "AIDE_DECIDEE", to: await dossierReferents(tx, aide.usagerId), usagerId: aide.usagerId, href: `/usagers/${aide.usagerId}/aides/${aide.id}`, title: "Une aide est décidée" });
  });
}

export async function recordAidePayment(actor: Actor, input: AidePayment) {
  return db.$transaction(async (tx) => {
    const aide = await loadAide(tx, actor, input.id);
    if (!canRecordPayment(aide.status)) {
      throw new DomainError("Le paiement ne s'enregistre que pour une aide accordée.", { modePaiement: "Cette aide n'est pas accordée." });
    }
    const payeLe = isoToDate(input.payeLe)!;
    if (aide.decisionLe && payeLe < aide.decisionLe) {
      throw new DomainError("Dates incohérentes.", { payeLe: "Le paiement ne peut pas précéder la décision." });
    }
    await updateIfUnchanged(tx, aide.id, input.updatedAt, { modePaiement: input.modePaiement, payeLe });
    await writeAudit(tx, actor, {
      action: "aide.payment", entityType: "Aide", entityId: aide.id,
      details: { usagerId: aide.usagerId, modePaiement: input.modePaiement, payeLe: input.payeLe },
    });
  });
}
