// Writes on a workshop: create, edit (while planned), mark held or cancelled. TS and RESPONSABLE
// of the structure only; a foreign id is a 404. Each write and its audit row share a transaction.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canListAteliers } from "@/lib/auth/permissions";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { parisLocalToDate } from "@/lib/domain/shared/paris-time";
import { ATELIER_STATUS_LABELS } from "./labels";
import { assertReferences, lockAtelier, promoteWaiting } from "./load";
import type { AtelierCreate, AtelierStatusChange, AtelierUpdate } from "./schemas";

export const ATELIER_CONFLICT_MESSAGE =
  "Cet atelier a été modifié par quelqu'un d'autre pendant que vous le modifiiez. Rien n'a été enregistré : rechargez la page pour voir la dernière version.";
const PAST_MESSAGE = "La date de l'atelier est passée : choisissez une date et une heure à venir.";
// The form shows the field's message next to the field; the message above the form stays general.
const pastStart = () => new DomainError("L'atelier ne peut pas commencer dans le passé.", { debut: PAST_MESSAGE });

function rowData(input: AtelierCreate) {
  return {
    titre: input.titre, theme: input.theme, debut: parisLocalToDate(input.debut)!, dureeMinutes: input.dureeMinutes,
    siteId: input.siteId, adresse: input.siteId ? null : input.adresse, capacite: input.capacite, listeAttente: input.listeAttente,
    animateurId: input.animateurId, partenaireId: input.partenaireId, description: input.description,
  };
}

export async function createAtelier(actor: Actor, input: AtelierCreate, now = new Date()) {
  if (!canListAteliers(actor)) throw new NotFoundError();
  const data = rowData(input);
  if (data.debut <= now) throw pastStart();
  return db.$transaction(async (tx) => {
    await assertReferences(tx, actor, data);
    const atelier = await tx.atelier.create({ data: { ...data, ...ownedBy(actor), createdById: actor.id }, select: { id: true } });
    await writeAudit(tx, actor, {
      action: "atelier.create", entityType: "Atelier", entityId: atelier.id,
      details: { theme: data.theme, debut: data.debut.toISOString(), capacite: data.capacite },
    });
    return atelier;
  });
}

export async function updateAtelier(actor: Actor, input: AtelierUpdate, now = new Date()) {
  return db.$transaction(async (tx) => {
    const atelier = await lockAtelier(tx, actor, input.id);
    if (atelier.updatedAt.toISOString() !== input.updatedAt) throw new DomainError(ATELIER_CONFLICT_MESSAGE);
    if (atelier.status !== "PLANIFIE") throw new DomainError("Un atelier réalisé ou annulé ne peut plus être modifié.");
    const data = rowData(input);
    if (data.debut.getTime() !== atelier.debut.getTime() && data.debut <= now) throw pastStart();
    const inscrits = await tx.atelierInscription.count({ where: { atelierId: atelier.id, status: "INSCRIT" } });
    if (data.capacite < inscrits) {
      const message = `La capacité ne peut pas être inférieure au nombre de personnes déjà inscrites (${inscrits}).`;
      throw new DomainError("Capacité insuffisante pour les personnes déjà inscrites.", { capacite: message });
    }
    await assertReferences(tx, actor, data);
    await tx.atelier.update({ where: { id: atelier.id }, data });
    const champs = (Object.keys(data) as (keyof typeof data)[]).filter((k) => String(data[k]?.valueOf()) !== String(atelier[k]?.valueOf()));
    await writeAudit(tx, actor, { action: "atelier.update", entityType: "Atelier", entityId: atelier.id, details: { champs } });
    if (data.capacite > atelier.capacite) await promoteWaiting(tx, actor, { id: atelier.id, capacite: data.capacite });
  });
}

export async function changeAtelierStatus(actor: Actor, input: AtelierStatusChange, now = new Date()) {
  return db.$transaction(async (tx) => {
    const atelier = await lockAtelier(tx, actor, input.id);
    if (atelier.updatedAt.toISOString() !== input.updatedAt) throw new DomainError(ATELIER_CONFLICT_MESSAGE);
    if (atelier.status !== "PLANIFIE") {
      throw new DomainError(`L'atelier est déjà ${ATELIER_STATUS_LABELS[atelier.status].toLowerCase()} : son statut ne change plus.`);
    }
    if (input.to === "REALISE" && atelier.debut > now) {
      throw new DomainError("Un atelier ne peut être marqué réalisé qu'une fois commencé.", { to: "L'atelier n'a pas encore eu lieu." });
    }
    await tx.atelier.update({ where: { id: atelier.id }, data: { status: input.to } });
    await writeAudit(tx, actor, { action: "atelier.status", entityType: "Atelier", entityId: atelier.id, details: { de: atelier.status, vers: input.to } });
  });
}
