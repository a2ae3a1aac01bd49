// "Lien avec un dossier": the person met accepts support. The report joins a dossier (an existing
// one by its number, or a new one with the usual duplicate check) through an errance
// accompagnement, which records the maraude's contact (date, place, the report's reference).
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canWriteSuivi } from "@/lib/auth/permissions";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError } from "@/lib/domain/errors";
import { ARCHIVED_MESSAGE } from "@/lib/domain/shared/messages";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { createUsager } from "@/lib/domain/usagers/commands";
import type { UsagerCreate } from "@/lib/domain/usagers/schemas";
import { CHANGED_MESSAGE, loadHandled, moveTo } from "./commands";
import { canLinkFrom } from "./status-machine";
import type { SignalementLink, SignalementNewDossier } from "./schemas";

const NOT_MET = "Un signalement se lie à un dossier une fois la personne rencontrée : enregistrez d'abord la rencontre.";
const DAY = (d: Date) => new Date(`${parisToday(d)}T00:00:00Z`);

type Handled = Awaited<ReturnType<typeof loadHandled>>;

/** The dossier's open errance accompagnement, or a new one; then the maraude contact on it. */
async function attach(tx: DbTx, actor: Actor, s: Handled, usager: { id: string; structureId: string }, now: Date) {
  const where = [s.lieu, s.quartier, s.commune].filter(Boolean).join(", ");
  let acc = await tx.accompagnement.findFirst({
    where: { usagerId: usager.id, structureId: usager.structureId, type: "ERRANCE", status: { not: "CLOS" } },
    orderBy: { createdAt: "desc" }, select: { id: true },
  });
  if (!acc) {
    acc = await tx.accompagnement.create({
      data: { structureId: usager.structureId, usagerId: usager.id, type: "ERRANCE", referentId: actor.id, status: "EN_COURS", debut: DAY(now), statusChangedAt: now, createdAt: now, lieuVie: where },
      select: { id: true },
    });
    await writeAudit(tx, actor, { action: "accompagnement.open", entityType: "Accompagnement", entityId: acc.id, details: { usagerId: usager.id, type: "ERRANCE", referentId: actor.id, status: "EN_COURS" } });
  }
  await tx.contactMaraude.create({
    data: { accompagnementId: acc.id, date: DAY(s.premiereVisiteAt ?? now), lieu: where, observations: `Rencontre à la suite du signalement ${s.reference}.` },
  });
  // An errance form open elsewhere rewrites the contacts it shows: its save must now conflict.
  await tx.accompagnement.update({ where: { id: acc.id }, data: { version: { increment: 1 } } });
  await moveTo(tx, actor, s, "LIE", now, { usagerId: usager.id, accompagnementId: acc.id });
  return { usagerId: usager.id, accompagnementId: acc.id };
}

export async function linkSignalementToDossier(actor: Actor, input: SignalementLink, now = new Date()) {
  return db.$transaction(async (tx) => {
    const s = await loadHandled(tx, actor, input.id);
    if (!canLinkFrom(s.status)) throw new DomainError(NOT_MET);
    const usager = await tx.usager.findFirst({
      where: { AND: [usagerScope(actor), { numeroDossier: input.numeroDossier }] },
      select: { id: true, structureId: true, status: true },
    });
    const unknown = "Aucun dossier de votre structure ne porte ce numéro.";
    if (!usager || !canWriteSuivi(actor, usager)) throw new DomainError(unknown, { numeroDossier: unknown });
    if (usager.status === "ARCHIVE") throw new DomainError(ARCHIVED_MESSAGE, { numeroDossier: ARCHIVED_MESSAGE });
    return attach(tx, actor, s, usager, now);
  });
}

export async function createDossierFromSignalement(actor: Actor, input: SignalementNewDossier, now = new Date()) {
  // Checked before the dossier exists, so a refused action creates nothing.
  const s = await db.$transaction((tx) => loadHandled(tx, actor, input.id));
  if (!canLinkFrom(s.status)) throw new DomainError(NOT_MET);
  const dossier: UsagerCreate = {
    civilite: null, nom: input.nom, nomNaissance: null, prenom: input.prenom, dateNaissancePrecision: "INCONNUE", dateNaissance: "", anneeNaissance: "",
    telephone: null, email: null, adresse: null, codePostal: null, commune: s.commune, quartier: s.quartier, siteId: null,
    situationFamiliale: null, logementStatut: "SANS_DOMICILE", bailleur: null, mesureProtection: "AUCUNE", mesureOrganisme: null,
    droitsOuverts: [], informationDonneeLe: null, foyer: [], budget: [], confirmNotDuplicate: input.confirmNotDuplicate,
  };
  const usager = await createUsager(actor, dossier, now);
  // createUsager commits on its own (as from a fiche): if a colleague moved the report in
  // between, the new dossier stays (a real, audited dossier) and the professional is told.
  return db.$transaction(async (tx) => {
    const current = await loadHandled(tx, actor, input.id);
    if (current.status !== s.status) throw new DomainError(CHANGED_MESSAGE);
    return { ...(await attach(tx, actor, current, { id: usager.id, ...ownedBy(actor) }, now)), numeroDossier: usager.numeroDossier };
  });
}
