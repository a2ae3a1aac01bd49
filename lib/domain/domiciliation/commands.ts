// Writes on a domiciliation: request, link of the mandatory interview, decision, renewal, end.
// Each loads its target inside the actor's scope (foreign id → 404) and writes the change and
// its audit row in one transaction. Free text (reasons) stays on the row, never in the audit.
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canManageDomiciliation } from "@/lib/auth/permissions";
import { accompagnementScope } from "@/lib/auth/scopes/accompagnement";
import { domiciliationScope } from "@/lib/auth/scopes/domiciliation";
import { entretienScope } from "@/lib/auth/scopes/entretien";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { isoToDate } from "@/lib/domain/shared/fields";
import { parisToday } from "@/lib/domain/shared/paris-time";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addMonths, renewedValidityEnd, validityEnd } from "./deadlines";
import type { DomiciliationDecision, DomiciliationEnd, DomiciliationEntretien, DomiciliationRenewal, DomiciliationRequest } from "./schemas";

export const DOMICILIATION_CONFLICT_MESSAGE =
  "Cette domiciliation a été modifiée par quelqu'un d'autre pendant que vous la modifiiez. Rien n'a été enregistré : rechargez la page.";
const ARCHIVED = "Ce dossier est archivé : il ne peut plus être modifié.";
export const SECOND_ACTIVE_MESSAGE = "Cette personne a déjà une domiciliation en cours (demande ou domiciliation en vigueur) : renouvelez-la ou terminez-la d'abord.";

const today = (now: Date) => isoToDate(parisToday(now))!;

/** Pending, or granted and not expired: what makes a second request a duplicate. */
export function activeWhere(now: Date): Prisma.DomiciliationWhereInput {
  return { OR: [{ status: "DEMANDEE" }, { status: "ACCORDEE", finValidite: { gte: today(now) } }] };
}

async function loadDomiciliation(tx: DbTx, actor: Actor, id: string) {
  const d = await tx.domiciliation.findFirst({ where: { AND: [domiciliationScope(actor), { id }] }, include: { usager: { select: { status: true } } } });
  if (!d || !canManageDomiciliation(actor, d)) throw new NotFoundError();
  if (d.usager.status === "ARCHIVE") throw new DomainError(ARCHIVED);
  return d;
}

async function updateIfUnchanged(tx: DbTx, id: string, updatedAt: string, data: Prisma.DomiciliationUncheckedUpdateManyInput, where: Prisma.DomiciliationWhereInput = {}) {
  const { count } = await tx.domiciliation.updateMany({ where: { AND: [{ id, updatedAt: new Date(updatedAt) }, where] }, data });
  if (count === 0) throw new DomainError(DOMICILIATION_CONFLICT_MESSAGE);
}

export async function requestDomiciliation(actor: Actor, input: DomiciliationRequest, now = new Date()) {
  return db.$transaction(async (tx) => {
    const usager = await tx.usager.findFirst({
      where: { AND: [usagerScope(actor), { id: input.usagerId }] },
      select: { id: true, structureId: true, status: true, foyer: { select: { id: true } } },
    });
    if (!usager || !canManageDomiciliation(actor, usager)) throw new NotFoundError();
    if (usager.status === "ARCHIVE") throw new DomainError(ARCHIVED);
    // Two workers recording the same request at once: the second waits here, then sees the first.
    await tx.$queryRaw`SELECT id FROM "Usager" WHERE id = ${usager.id}::uuid FOR UPDATE`;
    const active = await tx.domiciliation.count({ where: { AND: [{ usagerId: usager.id }, activeWhere(now)] } });
    if (active > 0) throw new DomainError(SECOND_ACTIVE_MESSAGE, { demandeLe: SECOND_ACTIVE_MESSAGE });
    const membres = new Set(usager.foyer.map((m) => m.id));
    if (input.membresCouverts.some((m) => !membres.has(m))) {
      throw new DomainError("Membre du foyer inconnu.", { membresCouverts: "Choisissez des membres du foyer de ce dossier." });
    }
    if (input.accompagnementId) {
      const acc = await tx.accompagnement.findFirst({ where: { AND: [accompagnementScope(actor), { id: input.accompagnementId, usagerId: usager.id }] }, select: { id: true } });
      if (!acc) throw new DomainError("Accompagnement inconnu.", { accompagnementId: "Choisissez un accompagnement de ce dossier." });
    }
    const d = await tx.domiciliation.create({
      data: {
        structureId: usager.structureId, usagerId: usager.id, accompagnementId: input.accompagnementId,
        demandeLe: isoToDate(input.demandeLe)!, accuseReceptionLe: isoToDate(input.accuseReceptionLe)!,
        liens: input.liens, lienPrecision: input.lienPrecision, membresCouverts: [...new Set(input.membresCouverts)], createdById: actor.id,
      },
      select: { id: true, usagerId: true },
    });
    await writeAudit(tx, actor, {
      action: "domiciliation.request", entityType: "Domiciliation", entityId: d.id,
      details: { usagerId: usager.id, liens: input.liens, personnes: 1 + input.membresCouverts.length },
    });
    return d;
  });
}

export async function linkDomiciliationEntretien(actor: Actor, input: DomiciliationEntretien) {
  return db.$transaction(async (tx) => {
    const d = await loadDomiciliation(tx, actor, input.id);
    if (d.status !== "DEMANDEE") throw new DomainError("L'entretien se rattache à une demande en cours.", { entretienId: "La demande est déjà décidée." });
    const e = await tx.entretien.findFirst({ where: { AND: [entretienScope(actor), { id: input.entretienId, usagerId: d.usagerId }] }, select: { id: true, date: true } });
    if (!e) throw new DomainError("Entretien inconnu.", { entretienId: "Choisissez un entretien de ce dossier." });
    const taken = await tx.domiciliation.count({ where: { entretienId: e.id, id: { not: d.id } } });
    if (taken > 0) throw new DomainError("Entretien déjà rattaché.", { entretienId: "Cet entretien est déjà rattaché à une autre demande." });
    await updateIfUnchanged(tx, d.id, input.updatedAt, { entretienId: e.id });
    await writeAudit(tx, actor, { action: "domiciliation.entretien", entityType: "Domiciliation", entityId: d.id, details: { usagerId: d.usagerId, entretienId: e.id } });
  });
}

export async function decideDomiciliation(actor: Actor, input: DomiciliationDecision, now = new Date()) {
  return db.$transaction(async (tx) => {
    const d = await loadDomiciliation(tx, actor, input.id);
    if (d.status !== "DEMANDEE") throw new DomainError("Cette demande est déjà décidée.", { decision: "Cette demande est déjà décidée." });
    const decisionLe = isoToDate(input.decisionLe)!;
    if (decisionLe < d.demandeLe) throw new DomainError("Dates incohérentes.", { decisionLe: "La décision ne peut pas précéder la demande." });
    if (input.decision === "REFUSEE") {
      await updateIfUnchanged(tx, d.id, input.updatedAt, {
        status: "REFUSEE", decisionLe, decideurId: actor.id, motifRefus: input.motifRefus || null, motifRefusTexte: input.motifRefusTexte,
      }, { status: "DEMANDEE" });
      await writeAudit(tx, actor, { action: "domiciliation.decision", entityType: "Domiciliation", entityId: d.id, details: { usagerId: d.usagerId, decision: "REFUSEE", motif: input.motifRefus } });
      return;
    }
    if (!d.entretienId) {
      throw new DomainError("L'entretien préalable est obligatoire.", { decision: "Rattachez d'abord l'entretien préalable à la demande avant d'accorder la domiciliation." });
    }
    const debut = isoToDate(input.debut);
    if (!debut || Number.isNaN(debut.getTime()) || debut.toISOString().slice(0, 10) !== input.debut) {
      throw new DomainError("Date invalide.", { debut: "La date de début : date invalide (jj/mm/aaaa)." });
    }
    if (debut < d.demandeLe) throw new DomainError("Dates incohérentes.", { debut: "La domiciliation ne peut pas commencer avant la demande." });
    if (debut > addMonths(today(now), 2)) throw new DomainError("Date trop lointaine.", { debut: "La date de début est trop lointaine (deux mois au plus)." });
    const finValidite = validityEnd(debut);
    await updateIfUnchanged(tx, d.id, input.updatedAt, {
      status: "ACCORDEE", decisionLe, decideurId: actor.id, debut, finValidite, motifRefus: null, motifRefusTexte: null,
    }, { status: "DEMANDEE" });
    await writeAudit(tx, actor, {
      action: "domiciliation.decision", entityType: "Domiciliation", entityId: d.id,
      details: { usagerId: d.usagerId, decision: "ACCORDEE", debut: input.debut, finValidite: finValidite.toISOString().slice(0, 10) },
    });
  });
}

export async function renewDomiciliation(actor: Actor, input: DomiciliationRenewal) {
  return db.$transaction(async (tx) => {
    const d = await loadDomiciliation(tx, actor, input.id);
    if (d.status !== "ACCORDEE" || !d.finValidite || !d.debut) throw new DomainError("Seule une domiciliation accordée se renouvelle.", { renouveleeLe: "Cette domiciliation n'est pas en vigueur." });
    const renouveleeLe = isoToDate(input.renouveleeLe)!;
    if (renouveleeLe < d.debut) throw new DomainError("Dates incohérentes.", { renouveleeLe: "Le renouvellement ne peut pas précéder le début de la domiciliation." });
    const finValidite = renewedValidityEnd(d.finValidite, renouveleeLe);
    await updateIfUnchanged(tx, d.id, input.updatedAt, {
      finValidite, renouveleeLe, renouvellements: { increment: 1 }, finProposeeLe: null,
    }, { status: "ACCORDEE" });
    await writeAudit(tx, actor, {
      action: "domiciliation.renew", entityType: "Domiciliation", entityId: d.id,
      details: { usagerId: d.usagerId, renouveleeLe: input.renouveleeLe, finValidite: finValidite.toISOString().slice(0, 10) },
    });
  });
}

/** Ending is a worker's decision; the job only proposes it (finProposeeLe). */
export async function endDomiciliation(actor: Actor, input: DomiciliationEnd) {
  return db.$transaction(async (tx) => {
    const d = await loadDomiciliation(tx, actor, input.id);
    if (d.status !== "ACCORDEE" || !d.debut) throw new DomainError("Seule une domiciliation accordée peut prendre fin.", { finLe: "Cette domiciliation n'est pas en vigueur." });
    const finLe = isoToDate(input.finLe)!;
    if (finLe < d.debut) throw new DomainError("Dates incohérentes.", { finLe: "La fin ne peut pas précéder le début de la domiciliation." });
    await updateIfUnchanged(tx, d.id, input.updatedAt, {
      status: "TERMINEE", finLe, motifFin: input.motifFin, finPrecision: input.finPrecision,
    }, { status: "ACCORDEE" });
    await writeAudit(tx, actor, {
      action: "domiciliation.end", entityType: "Domiciliation", entityId: d.id,
      details: { usagerId: d.usagerId, motif: input.motifFin, proposee: d.finProposeeLe !== null },
    });
  });
}

/** The person got in touch after the proposal: the worker keeps the domiciliation. */
export async function keepDomiciliation(actor: Actor, input: { id: string; updatedAt: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const d = await loadDomiciliation(tx, actor, input.id);
    if (d.status !== "ACCORDEE" || !d.finProposeeLe) throw new DomainError("Aucune fin n'est proposée pour cette domiciliation.");
    await updateIfUnchanged(tx, d.id, input.updatedAt, { finProposeeLe: null, dernierContactLe: now }, { status: "ACCORDEE" });
    await writeAudit(tx, actor, { action: "domiciliation.keep", entityType: "Domiciliation", entityId: d.id, details: { usagerId: d.usagerId } });
  });
}
