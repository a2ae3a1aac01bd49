// Writes on a dossier. Each loads its target inside the actor's scope (foreign id → 404), checks
// the rule, and writes the change and its audit row in one transaction.
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canArchiveUsager, canChangeReferent, canCreateUsager, canEditUsager } from "@/lib/auth/permissions";
import { fileAttenteScope } from "@/lib/auth/scopes/file-attente";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { siteScope } from "@/lib/auth/scopes/site";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { workerScope } from "@/lib/auth/scopes/user";
import { notify } from "@/lib/domain/notifications/notify";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { isoToDate } from "@/lib/domain/shared/fields";
import { parisYear } from "@/lib/domain/shared/paris-time";
import type { z } from "zod";
import { birthKey, findLikelyDuplicates } from "./duplicates";
import { nextNumeroDossier } from "./numero";
import { searchNameOf } from "@/lib/domain/shared/normalize";
import { storedBirthDate, type UsagerCreate, type UsagerUpdate, type ZReferentChange, type ZUsagerStatusChange } from "./schemas";

export const CONFLICT_MESSAGE =
  "Ce dossier a été modifié par quelqu'un d'autre pendant que vous le modifiiez. Rien n'a été enregistré : rechargez la page pour voir la dernière version, puis refaites vos changements.";

type Fields = Omit<UsagerCreate, "confirmNotDuplicate" | "foyer" | "budget">;

/** The columns of a dossier from the form's checked value (also the import's, lib/domain/import). */
export function columnsOf(input: Fields) {
  return {
    civilite: input.civilite, nom: input.nom, nomNaissance: input.nomNaissance, prenom: input.prenom,
    dateNaissance: isoToDate(storedBirthDate(input) ?? ""),
    dateNaissancePrecision: storedBirthDate(input) ? input.dateNaissancePrecision : ("INCONNUE" as const), searchName: searchNameOf(input), telephone: input.telephone,
    email: input.email, adresse: input.adresse, codePostal: input.codePostal, commune: input.commune,
    quartier: input.quartier, siteId: input.siteId, situationFamiliale: input.situationFamiliale,
    logementStatut: input.logementStatut, bailleur: input.bailleur, mesureProtection: input.mesureProtection,
    mesureOrganisme: input.mesureOrganisme, droitsOuverts: input.droitsOuverts,
    informationDonneeLe: input.informationDonneeLe ? isoToDate(input.informationDonneeLe) : null,
  };
}

async function assertSite(tx: DbTx, actor: Actor, siteId: string | null) {
  if (siteId && !(await tx.site.findFirst({ where: { AND: [siteScope(actor), { id: siteId }] }, select: { id: true } }))) {
    throw new DomainError("Site inconnu.", { siteId: "Choisissez un site de votre structure." });
  }
}

/** Replaces the household and budget with the submitted ones (the form always sends all). */
async function writeFoyerAndBudget(tx: DbTx, usagerId: string, input: Pick<UsagerCreate, "foyer" | "budget">) {
  await tx.ligneBudget.deleteMany({ where: { usagerId } });
  await tx.foyerMembre.deleteMany({ where: { usagerId } });
  const membres: { id: string }[] = [];
  for (const m of input.foyer) {
    membres.push(await tx.foyerMembre.create({
      data: { usagerId, nom: m.nom, prenom: m.prenom, dateNaissance: isoToDate(m.dateNaissance)!, lien: m.lien },
      select: { id: true },
    }));
  }
  await tx.ligneBudget.createMany({
    data: input.budget.map((l) => ({
      usagerId, kind: l.kind, type: l.type, montantCents: l.montant,
      membreId: l.membre === "" ? null : membres[Number(l.membre)]!.id,
    })),
  });
}

export async function createUsager(actor: Actor, input: UsagerCreate, now = new Date()) {
  if (!canCreateUsager(actor)) throw new NotFoundError();
  if (!input.confirmNotDuplicate) {
    const duplicates = await findLikelyDuplicates(actor, { ...input, dateNaissance: birthKey(input) });
    if (duplicates.length > 0) {
      throw new DomainError("Des dossiers semblables existent déjà : vérifiez qu'il ne s'agit pas de la même personne.", {
        confirmNotDuplicate: "Confirmez qu'il s'agit d'une autre personne, ou ouvrez le dossier existant.",
      });
    }
  }
  return db.$transaction(async (tx) => {
    await assertSite(tx, actor, input.siteId);
    const numeroDossier = await nextNumeroDossier(tx, actor.structureId, parisYear(now));
    const usager = await tx.usager.create({
      data: { ...columnsOf(input), ...ownedBy(actor), numeroDossier, createdById: actor.id, createdAt: now },
      select: { id: true, numeroDossier: true },
    });
    await writeFoyerAndBudget(tx, usager.id, input);
    // The creator of a dossier who follows people becomes its first référent.
    await tx.usagerReferent.create({ data: { usagerId: usager.id, userId: actor.id } });
    // A person without a dossier taken from the walk-in queue by this professional: the wait joins
    // the new dossier (its history and right of access); the first name typed at the desk goes
    // (decision 0050: nothing is kept beside a named dossier). Any other id links nothing.
    if (input.fileAttenteId) {
      await tx.fileAttenteEntree.updateMany({
        where: { AND: [fileAttenteScope(actor), { id: input.fileAttenteId, usagerId: null, status: "PRIS_EN_CHARGE", traiteParId: actor.id }] },
        data: { usagerId: usager.id, prenom: null },
      });
    }
    await writeAudit(tx, actor, {
      action: "usager.create", entityType: "Usager", entityId: usager.id,
      details: { numeroDossier, doublonConfirme: input.confirmNotDuplicate },
    });
    return usager;
  });
}

async function loadUsager(tx: DbTx, actor: Actor, id: string) {
  const usager = await tx.usager.findFirst({ where: { AND: [usagerScope(actor), { id }] } });
  if (!usager || !canEditUsager(actor, usager)) throw new NotFoundError();
  return usager;
}

export async function updateUsager(actor: Actor, input: UsagerUpdate) {
  return db.$transaction(async (tx) => {
    const current = await loadUsager(tx, actor, input.id);
    if (current.status === "ARCHIVE") throw new DomainError("Un dossier archivé ne peut plus être modifié.");
    await assertSite(tx, actor, input.siteId);
    // Optimistic concurrency: the row changes only if nobody saved since the form was opened.
    const { count } = await tx.usager.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...columnsOf(input), version: { increment: 1 } },
    });
    if (count === 0) throw new DomainError(CONFLICT_MESSAGE);
    await writeFoyerAndBudget(tx, input.id, input);
    const changed = (Object.keys(columnsOf(input)) as (keyof ReturnType<typeof columnsOf>)[])
      .filter((k) => JSON.stringify(columnsOf(input)[k]) !== JSON.stringify(current[k]));
    await writeAudit(tx, actor, { action: "usager.update", entityType: "Usager", entityId: input.id, details: { champs: changed } });
    return { version: input.version + 1 };
  });
}

export async function addReferent(actor: Actor, input: z.output<typeof ZReferentChange>) {
  await db.$transaction(async (tx) => {
    const usager = await loadUsager(tx, actor, input.usagerId);
    if (!canChangeReferent(actor, usager, input.userId)) throw new DomainError("Seul un·e responsable peut désigner un autre référent que soi-même.");
    const referent = await tx.user.findFirst({
      where: { AND: [workerScope(actor), { id: input.userId, status: "ACTIVE" }] },
    });
    if (!referent) throw new DomainError("Référent inconnu.", { userId: "Choisissez un travailleur social de votre structure." });
    await tx.usagerReferent.upsert({
      where: { usagerId_userId: { usagerId: usager.id, userId: referent.id } },
      create: { usagerId: usager.id, userId: referent.id },
      update: {},
    });
    await writeAudit(tx, actor, { action: "usager.referent_add", entityType: "Usager", entityId: usager.id, details: { referentId: referent.id } });
    await notify(tx, actor, { kind: "DOSSIER_ATTRIBUE", to: [referent.id], usagerId: usager.id, href: `/usagers/${usager.id}`, title: "Un dossier vous est attribué" });
  });
}

export async function removeReferent(actor: Actor, input: z.output<typeof ZReferentChange>) {
  await db.$transaction(async (tx) => {
    const usager = await loadUsager(tx, actor, input.usagerId);
    if (!canChangeReferent(actor, usager, input.userId)) throw new DomainError("Seul un·e responsable peut retirer un autre référent que soi-même.");
    const { count } = await tx.usagerReferent.deleteMany({ where: { usagerId: usager.id, userId: input.userId } });
    if (count === 0) throw new DomainError("Cette personne n'est pas référente du dossier.");
    await writeAudit(tx, actor, { action: "usager.referent_remove", entityType: "Usager", entityId: usager.id, details: { referentId: input.userId } });
  });
}

export async function setUsagerStatus(actor: Actor, input: z.output<typeof ZUsagerStatusChange>) {
  await db.$transaction(async (tx) => {
    const usager = await loadUsager(tx, actor, input.usagerId);
    const touchesArchive = input.status === "ARCHIVE" || usager.status === "ARCHIVE";
    if (touchesArchive && !canArchiveUsager(actor, usager)) throw new DomainError("Seul·e un·e responsable peut archiver un dossier ou le sortir des archives.");
    if (usager.status === input.status) return;
    await tx.usager.update({ where: { id: usager.id }, data: { status: input.status, version: { increment: 1 } } });
    await writeAudit(tx, actor, {
      action: "usager.status", entityType: "Usager", entityId: usager.id, details: { de: usager.status, vers: input.status },
    });
  });
}
