// Writes on transmissions: whoever may read the dossier (canWriteTransmission). Each command loads
// the dossier (and what the message is about, and the message answered) through the actor's
// scopes: a foreign id is a 404. The message, its mentions and the audit row are written in one
// transaction; the audit row never holds the text.
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canEditTransmission, canWriteTransmission, TRANSMISSION_EDIT_MS } from "@/lib/auth/permissions";
import { aideScope } from "@/lib/auth/scopes/aide";
import { entretienScope } from "@/lib/auth/scopes/entretien";
import { orientationScope } from "@/lib/auth/scopes/orientation";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { transmissionScope } from "@/lib/auth/scopes/transmission";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { actorName, notify } from "@/lib/domain/notifications/notify";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { mentionableIds } from "./mentionable";
import type { TransmissionEdit, TransmissionInput } from "./schemas";

export const FOREIGN_MENTION = "Vous ne pouvez mentionner que des collègues de la structure qui peuvent lire ce dossier : choisissez dans la liste.";
export const EDIT_TOO_LATE = "Le délai de 10 minutes pour corriger ce message est passé : écrivez un nouveau message pour le compléter.";
export const SAME_SUBJECT = "Une réponse porte sur le même sujet que le message auquel elle répond.";
export const NOT_THE_AUTHOR = "Seule la personne qui a écrit ce message peut le corriger.";

type Subject = { entretienId: string | null; aideId: string | null; orientationId: string | null };

/** The entretien, aide or orientation must be of this dossier and readable by the actor. */
async function checkSubject(tx: DbTx, actor: Actor, usagerId: string, s: Subject) {
  const found = s.entretienId ? await tx.entretien.count({ where: { AND: [entretienScope(actor), { id: s.entretienId, usagerId }] } })
    : s.aideId ? await tx.aide.count({ where: { AND: [aideScope(actor), { id: s.aideId, usagerId }] } })
      : s.orientationId ? await tx.orientation.count({ where: { AND: [orientationScope(actor), { id: s.orientationId, usagerId }] } })
        : 1;
  if (found !== 1) throw new NotFoundError();
}

export async function createTransmission(actor: Actor, input: TransmissionInput, { now = new Date() }: { now?: Date } = {}) {
  return db.$transaction(async (tx) => {
    const usager = await tx.usager.findFirst({ where: { AND: [usagerScope(actor), { id: input.usagerId }] }, select: { id: true, structureId: true, status: true } });
    if (!usager || !canWriteTransmission(actor, usager)) throw new NotFoundError();
    if (usager.status === "ARCHIVE") throw new DomainError("Ce dossier est archivé : on ne peut plus y écrire de transmission.");
    let subject: Subject = { entretienId: input.entretienId, aideId: input.aideId, orientationId: input.orientationId };
    let parentId: string | null = null;
    if (input.parentId) {
      const parent = await tx.transmission.findFirst({
        where: { AND: [transmissionScope(actor), { id: input.parentId, usagerId: usager.id }] },
        select: { id: true, parentId: true, entretienId: true, aideId: true, orientationId: true },
      });
      if (!parent) throw new NotFoundError();
      // Replies stay one level deep: answering a reply answers its thread, on its subject.
      parentId = parent.parentId ?? parent.id;
      for (const key of ["entretienId", "aideId", "orientationId"] as const) {
        if (subject[key] && subject[key] !== parent[key]) throw new DomainError(SAME_SUBJECT, { [key]: SAME_SUBJECT });
      }
      subject = { entretienId: parent.entretienId, aideId: parent.aideId, orientationId: parent.orientationId };
    } else {
      await checkSubject(tx, actor, usager.id, subject);
    }
    const wanted = input.mentions.filter((id) => id !== actor.id);
    const allowed = await mentionableIds(tx, usager.structureId, wanted);
    if (allowed.length !== wanted.length) throw new DomainError(FOREIGN_MENTION, { mentions: FOREIGN_MENTION });
    const transmission = await tx.transmission.create({
      data: {
        ...ownedBy(actor), usagerId: usager.id, ...subject, parentId, authorId: actor.id, texte: input.texte, createdAt: now,
        mentions: { create: allowed.map((userId) => ({ userId })) },
      },
      select: { id: true, usagerId: true, parentId: true },
    });
    await writeAudit(tx, actor, {
      action: "transmission.create", entityType: "Transmission", entityId: transmission.id,
      details: { usagerId: usager.id, reponse: parentId !== null, mentions: allowed.length },
    });
    await notify(tx, actor, { kind: "MENTION", to: allowed, usagerId: usager.id, href: `/usagers/${usager.id}#transmission-${parentId ?? transmission.id}`, title: `${actorName(actor)} vous mentionne dans une transmission` });
    return { ...transmission, mentioned: allowed };
  });
}

export async function editTransmission(actor: Actor, input: TransmissionEdit, { now = new Date() }: { now?: Date } = {}) {
  return db.$transaction(async (tx) => {
    const t = await tx.transmission.findFirst({
      where: { AND: [transmissionScope(actor), { id: input.transmissionId }] },
      select: { id: true, structureId: true, usagerId: true, authorId: true, createdAt: true, texte: true, usager: { select: { status: true } } },
    });
    if (!t) throw new NotFoundError();
    if (t.authorId !== actor.id) throw new DomainError(NOT_THE_AUTHOR);
    if (t.usager.status === "ARCHIVE") throw new DomainError("Ce dossier est archivé : ses transmissions ne changent plus.");
    if (!canEditTransmission(actor, t, now)) throw new DomainError(EDIT_TOO_LATE, { texte: EDIT_TOO_LATE });
    if (t.texte === input.texte) return { id: t.id, usagerId: t.usagerId };
    // The time limit again in the update: two tabs cannot stretch it.
    const { count } = await tx.transmission.updateMany({
      where: { id: t.id, authorId: actor.id, createdAt: { gt: new Date(now.getTime() - TRANSMISSION_EDIT_MS) } },
      data: { texte: input.texte, editedAt: now },
    });
    if (count !== 1) throw new DomainError(EDIT_TOO_LATE, { texte: EDIT_TOO_LATE });
    await writeAudit(tx, actor, { action: "transmission.edit", entityType: "Transmission", entityId: t.id, details: { usagerId: t.usagerId } });
    return { id: t.id, usagerId: t.usagerId };
  });
}
