// Registrations and attendance. The workshop row is locked for each write, so the capacity holds
// under concurrent registrations. When full: waiting list or refusal, as the workshop says.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { atelierInscriptionScope } from "@/lib/auth/scopes/atelier";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { completMessage } from "./labels";
import { CLOSED_MESSAGE, assertStarted, lockAtelier, promoteWaiting } from "./load";
import type { Desinscription, Inscription, Presences } from "./schemas";

const refuse = (message: string) => new DomainError(message, { usagerId: message });

export async function inscrireUsager(actor: Actor, input: Inscription) {
  return db.$transaction(async (tx) => {
    const atelier = await lockAtelier(tx, actor, input.atelierId);
    if (atelier.status !== "PLANIFIE") throw refuse(CLOSED_MESSAGE);
    const usager = await tx.usager.findFirst({ where: { AND: [usagerScope(actor), { id: input.usagerId }] }, select: { id: true, status: true } });
    if (!usager) throw refuse("Personne introuvable : choisissez un dossier de votre structure.");
    if (usager.status === "ARCHIVE") throw refuse("Ce dossier est archivé : la personne ne peut pas être inscrite.");
    const existing = await tx.atelierInscription.findUnique({ where: { atelierId_usagerId: { atelierId: atelier.id, usagerId: usager.id } } });
    if (existing?.status === "INSCRIT") throw refuse("Cette personne est déjà inscrite à cet atelier.");
    if (existing?.status === "ATTENTE") throw refuse("Cette personne est déjà sur la liste d'attente de cet atelier.");
    const inscrits = await tx.atelierInscription.count({ where: { atelierId: atelier.id, status: "INSCRIT" } });
    const full = inscrits >= atelier.capacite;
    if (full && !atelier.listeAttente) throw refuse(completMessage(atelier.capacite));
    const status = full ? "ATTENTE" as const : "INSCRIT" as const;
    const data = { status, presence: null, inscritLe: new Date() };
    const row = existing
      ? await tx.atelierInscription.update({ where: { id: existing.id }, data, select: { id: true, status: true } })
      : await tx.atelierInscription.create({
        data: { ...data, structureId: atelier.structureId, atelierId: atelier.id, usagerId: usager.id }, select: { id: true, status: true },
      });
    await writeAudit(tx, actor, {
      action: "atelier.inscription", entityType: "AtelierInscription", entityId: row.id,
      details: { atelierId: atelier.id, usagerId: usager.id, status },
    });
    return row;
  });
}

export async function desinscrireUsager(actor: Actor, input: Desinscription) {
  const found = await db.atelierInscription.findFirst({ where: { AND: [atelierInscriptionScope(actor), { id: input.inscriptionId }] }, select: { atelierId: true } });
  if (!found) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const atelier = await lockAtelier(tx, actor, found.atelierId);
    if (atelier.status !== "PLANIFIE") throw new DomainError(CLOSED_MESSAGE);
    const inscription = await tx.atelierInscription.findUniqueOrThrow({ where: { id: input.inscriptionId } });
    if (inscription.status === "DESINSCRIT") throw new DomainError("Cette personne n'est plus inscrite à cet atelier.");
    await tx.atelierInscription.update({ where: { id: inscription.id }, data: { status: "DESINSCRIT", presence: null } });
    await writeAudit(tx, actor, {
      action: "atelier.desinscription", entityType: "AtelierInscription", entityId: inscription.id,
      details: { atelierId: atelier.id, usagerId: inscription.usagerId, de: inscription.status },
    });
    if (inscription.status === "INSCRIT") await promoteWaiting(tx, actor, atelier);
  });
}

/**
 * Attendance after the session (présent, absent, excusé) for registered participants only.
 * Recording it marks a planned workshop as held.
 */
export async function enregistrerPresences(actor: Actor, input: Presences, now = new Date()) {
  return db.$transaction(async (tx) => {
    const atelier = await lockAtelier(tx, actor, input.atelierId);
    if (atelier.status === "ANNULE") throw new DomainError("Cet atelier est annulé : il n'y a pas de présence à enregistrer.");
    assertStarted(atelier, now, "presences");
    const rows = await tx.atelierInscription.findMany({ where: { atelierId: atelier.id, status: "INSCRIT" } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const [i, p] of input.presences.entries()) {
      if (!byId.has(p.inscriptionId)) {
        throw new DomainError("Participant inconnu.", { [`presences.${i}.presence`]: "Cette personne n'est pas inscrite à cet atelier." });
      }
    }
    let changed = 0;
    for (const p of input.presences) {
      const row = byId.get(p.inscriptionId)!;
      const presence = p.presence || null;
      if (row.presence === presence) continue;
      await tx.atelierInscription.update({ where: { id: row.id }, data: { presence } });
      await writeAudit(tx, actor, {
        action: "atelier.presence", entityType: "AtelierInscription", entityId: row.id,
        details: { atelierId: atelier.id, usagerId: row.usagerId, presence },
      });
      changed++;
    }
    if (atelier.status === "PLANIFIE" && input.presences.some((p) => p.presence)) {
      await tx.atelier.update({ where: { id: atelier.id }, data: { status: "REALISE" } });
      await writeAudit(tx, actor, { action: "atelier.status", entityType: "Atelier", entityId: atelier.id, details: { de: "PLANIFIE", vers: "REALISE" } });
    }
    return { changed };
  });
}
