// Rendez-vous written by the CCAS (TS and RESPONSABLE of the structure): create, move, outcome.
// Each command loads inside the actor's scope (foreign id → 404), checks, and writes the row and
// its audit row in one transaction; moves and outcomes are conditional on the version read.
import type { z } from "zod";
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canManageRendezVous, canViewAgenda } from "@/lib/auth/permissions";
import { rendezVousScope } from "@/lib/auth/scopes/rendez-vous";
import { siteScope } from "@/lib/auth/scopes/site";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { workerScope } from "@/lib/auth/scopes/user";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { isUuid } from "@/lib/domain/shared/fields";
import { assertWorkerFree } from "./conflicts";
import { rendezVousTimes } from "./times";
import { checkTransition } from "./status-machine";
import { writableRendezVousWhere } from "./queries";
import type { RendezVousCreate, ZRendezVousMove, ZRendezVousStatus } from "./schemas";

export const RDV_CONFLICT = "Le rendez-vous vient d'être modifié par quelqu'un d'autre : rien n'a été enregistré. Rechargez la page.";

export async function loadRendezVous(tx: DbTx, actor: Actor, id: string) {
  if (!isUuid(id)) throw new NotFoundError();
  const rdv = await tx.rendezVous.findFirst({ where: { AND: [rendezVousScope(actor), { id }] } });
  if (!rdv || !canManageRendezVous(actor, rdv)) throw new NotFoundError();
  return rdv;
}

/** A worker of the structure who can hold appointments. */
export async function assertWorker(tx: DbTx, actor: Actor, travailleurId: string) {
  const user = await tx.user.findFirst({
    where: { AND: [workerScope(actor), { id: travailleurId, status: "ACTIVE" }] },
    select: { id: true },
  });
  if (!user) throw new DomainError("Travailleur social inconnu.", { travailleurId: "Choisissez un travailleur social de votre structure." });
  return user;
}

export async function createRendezVous(actor: Actor, input: RendezVousCreate, now = new Date()) {
  if (!canViewAgenda(actor)) throw new NotFoundError();
  const { debut, fin } = rendezVousTimes(input, now);
  return db.$transaction(async (tx) => {
    const usager = await tx.usager.findFirst({ where: { AND: [usagerScope(actor), { id: input.usagerId }] }, select: { id: true, status: true } });
    if (!usager) throw new NotFoundError();
    if (usager.status === "ARCHIVE") throw new DomainError("Ce dossier est archivé : on ne peut plus y ajouter de rendez-vous.", { usagerId: "Dossier archivé." });
    await assertWorker(tx, actor, input.travailleurId);
    if (input.siteId) {
      const site = await tx.site.findFirst({ where: { AND: [siteScope(actor), { id: input.siteId }] }, select: { id: true } });
      if (!site) throw new DomainError("Site inconnu.", { siteId: "Choisissez un site de votre structure." });
    }
    await assertWorkerFree(tx, { travailleurId: input.travailleurId, debut, fin }, "debut");
    const rdv = await tx.rendezVous.create({
      data: {
        ...ownedBy(actor), usagerId: usager.id, travailleurId: input.travailleurId, siteId: input.siteId || null,
        kind: input.kind, debut, fin, lieuPrecision: input.lieuPrecision, objet: input.objet, rappelConsenti: input.rappelConsenti,
        createdById: actor.id, statusChangedAt: now,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "rendezvous.create", entityType: "RendezVous", entityId: rdv.id,
      details: { usagerId: usager.id, travailleurId: input.travailleurId, kind: input.kind },
    });
    return rdv;
  });
}

export async function moveRendezVous(actor: Actor, input: z.output<typeof ZRendezVousMove>, now = new Date()) {
  const { debut, fin } = rendezVousTimes(input, now);
  return db.$transaction(async (tx) => {
    const rdv = await loadRendezVous(tx, actor, input.rendezVousId);
    if (rdv.status !== "PREVU") throw new DomainError("Seul un rendez-vous prévu peut être déplacé.");
    if (rdv.version !== input.version) throw new DomainError(RDV_CONFLICT);
    await assertWorkerFree(tx, { travailleurId: rdv.travailleurId, debut, fin, excludeId: rdv.id }, "debut");
    // A new date deserves a new reminder.
    const { count } = await tx.rendezVous.updateMany({
      where: { id: rdv.id, version: rdv.version, status: "PREVU" },
      data: { debut, fin, version: { increment: 1 }, rappelEnvoyeAt: null, rappelCanal: null },
    });
    if (count === 0) throw new DomainError(RDV_CONFLICT);
    if (rdv.ficheId) await tx.ficheLiaison.update({ where: { id: rdv.ficheId }, data: { rdvDate: debut } });
    await writeAudit(tx, actor, {
      action: "rendezvous.move", entityType: "RendezVous", entityId: rdv.id,
      details: { de: rdv.debut.toISOString(), vers: debut.toISOString() },
    });
    return { id: rdv.id };
  });
}

export async function setRendezVousStatus(actor: Actor, input: z.output<typeof ZRendezVousStatus>, now = new Date()) {
  return db.$transaction(async (tx) => {
    const rdv = await loadRendezVous(tx, actor, input.rendezVousId);
    if (rdv.version !== input.version) throw new DomainError(RDV_CONFLICT);
    const refusal = checkTransition(rdv.status, input.status, rdv.debut, now);
    if (refusal) throw new DomainError(refusal, { status: refusal });
    const { count } = await tx.rendezVous.updateMany({
      where: { id: rdv.id, version: rdv.version, status: rdv.status },
      data: { status: input.status, statusChangedAt: now, version: { increment: 1 } },
    });
    if (count === 0) throw new DomainError(RDV_CONFLICT);
    // A person who came is a contact of the dossier.
    if (input.status === "HONORE" && rdv.usagerId) {
      const at = rdv.debut < now ? rdv.debut : now;
      await tx.usager.updateMany({ where: { id: rdv.usagerId, OR: [{ lastContactAt: null }, { lastContactAt: { lt: at } }] }, data: { lastContactAt: at } });
    }
    await writeAudit(tx, actor, {
      action: "rendezvous.status", entityType: "RendezVous", entityId: rdv.id, details: { de: rdv.status, vers: input.status },
    });
    return { id: rdv.id, status: input.status, usagerId: rdv.usagerId };
  });
}

/**
 * Called by the entretien command in its transaction: the entretien logged from a rendez-vous
 * points back to it. A rendez-vous still planned (of today or before: Ma journée's "Saisir
 * l'entretien") becomes honoured, audited as its status change. Anything else (other dossier,
 * cancelled, already linked) is ignored: the entretien is saved either way.
 */
export async function linkEntretienToRendezVous(tx: DbTx, actor: Actor, rendezVousId: string, entretien: { id: string; usagerId: string }, now = new Date()) {
  if (!isUuid(rendezVousId)) return false;
  const rdv = await tx.rendezVous.findFirst({
    where: { AND: [rendezVousScope(actor), { id: rendezVousId, usagerId: entretien.usagerId }, writableRendezVousWhere(now)] },
    select: { id: true, status: true, version: true },
  });
  if (!rdv) return false;
  const honoured = rdv.status === "PREVU";
  const { count } = await tx.rendezVous.updateMany({
    where: { id: rdv.id, version: rdv.version, entretienId: null },
    data: honoured ? { entretienId: entretien.id, status: "HONORE", statusChangedAt: now, version: { increment: 1 } } : { entretienId: entretien.id },
  });
  if (count === 1 && honoured) {
    await writeAudit(tx, actor, { action: "rendezvous.status", entityType: "RendezVous", entityId: rdv.id, details: { de: "PREVU", vers: "HONORE" } });
  }
  return count === 1;
}
