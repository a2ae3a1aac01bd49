// Logging an entretien: any TS or RESPONSABLE of the structure (continuity when a colleague is
// away). The entretien is a contact: it moves the dossier's last contact forward.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canWriteSuivi } from "@/lib/auth/permissions";
import { accompagnementScope } from "@/lib/auth/scopes/accompagnement";
import { entretienScope } from "@/lib/auth/scopes/entretien";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { parisLocalToDate } from "@/lib/domain/shared/paris-time";
import { isoToDate } from "@/lib/domain/shared/fields";
import type { z } from "zod";
import type { Entretien, ZRappelFait } from "./schemas";
import { linkEntretienToRendezVous } from "@/lib/domain/agenda/commands";
import { discardDraftTx } from "@/lib/domain/drafts/commands";

export async function createEntretien(actor: Actor, input: Entretien) {
  return db.$transaction(async (tx) => {
    const usager = await tx.usager.findFirst({ where: { AND: [usagerScope(actor), { id: input.usagerId }] } });
    if (!usager || !canWriteSuivi(actor, usager)) throw new NotFoundError();
    if (usager.status === "ARCHIVE") throw new DomainError("Ce dossier est archivé : on ne peut plus y ajouter d'entretien.");
    if (input.accompagnementId) {
      const acc = await tx.accompagnement.findFirst({ where: { AND: [accompagnementScope(actor), { id: input.accompagnementId, usagerId: usager.id }] } });
      if (!acc) throw new DomainError("Accompagnement inconnu.", { accompagnementId: "Choisissez un accompagnement de ce dossier." });
    }
    const date = parisLocalToDate(input.date)!;
    const entretien = await tx.entretien.create({
      data: {
        ...ownedBy(actor), usagerId: usager.id, authorId: actor.id, accompagnementId: input.accompagnementId || null,
        date, dureeMinutes: input.dureeMinutes, canal: input.canal, objets: input.objets, objetPrecision: input.objetPrecision,
        resume: input.resume, noteConfidentielle: input.noteConfidentielle, suites: input.suites,
        rappelLe: input.rappelLe ? isoToDate(input.rappelLe) : null,
      },
      select: { id: true, usagerId: true },
    });
    await discardDraftTx(tx, actor, usager.id, "entretien");
    if (input.rendezVousId) await linkEntretienToRendezVous(tx, actor, input.rendezVousId, { id: entretien.id, usagerId: usager.id });
    if (!usager.lastContactAt || usager.lastContactAt < date) {
      await tx.usager.update({ where: { id: usager.id }, data: { lastContactAt: date } });
    }
    await writeAudit(tx, actor, {
      action: "entretien.create", entityType: "Usager", entityId: usager.id,
      details: { entretienId: entretien.id, canal: input.canal, noteConfidentielle: input.noteConfidentielle !== null },
    });
    return entretien;
  });
}

/** A reminder belongs to the entretien's author: only they mark it done. */
export async function markRappelFait(actor: Actor, input: z.output<typeof ZRappelFait>) {
  const { count } = await db.entretien.updateMany({
    where: { AND: [entretienScope(actor), { id: input.entretienId, authorId: actor.id, rappelLe: { not: null } }] },
    data: { rappelFait: true },
  });
  if (count === 0) throw new NotFoundError();
}
