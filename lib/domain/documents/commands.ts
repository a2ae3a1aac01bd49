// Writes on pièces jointes. An upload stores the object FIRST, then writes the row and its
// audit in one transaction; if the transaction fails the object is deleted, so a refused or
// failed upload never leaves an orphan file on disk or in the bucket. Rename, delete (soft) and
// restore change the row only; the purge job (jobs.ts) removes objects 30 days after deletion.
import { createHash, randomUUID } from "node:crypto";
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canAddDocument, canManageDocument } from "@/lib/auth/permissions";
import { accompagnementScope } from "@/lib/auth/scopes/accompagnement";
import { aideScope } from "@/lib/auth/scopes/aide";
import { documentScope } from "@/lib/auth/scopes/document";
import { orientationScope } from "@/lib/auth/scopes/orientation";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { dossierReferents, notify } from "@/lib/domain/notifications/notify";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { documentStorage, type DocumentStorage } from "@/lib/storage";
import { log } from "@/lib/log";
import { FileRefusedError, inspectUpload } from "./file-checks";
import { nameForContent } from "./file-name";
import { ACCEPTED_FORMATS, RESTORE_DAYS } from "./labels";
import type { DocumentId, DocumentRename, DocumentUpload } from "./schemas";

export const DOCUMENT_CONFLICT_MESSAGE = "Ce document a été modifié par quelqu'un d'autre entre-temps. Rien n'a été enregistré : rechargez la page.";
const ARCHIVED = "Ce dossier est archivé : on ne peut plus y ajouter de pièce jointe.";
const DAY = 24 * 60 * 60 * 1000;

type Options = { storage?: DocumentStorage; now?: Date };

async function loadUsager(tx: DbTx, actor: Actor, usagerId: string) {
  const usager = await tx.usager.findFirst({ where: { AND: [usagerScope(actor), { id: usagerId }] }, select: { id: true, structureId: true, status: true } });
  if (!usager || !canAddDocument(actor, usager)) throw new NotFoundError();
  return usager;
}

/** The accompagnement, aid or orientation must be of this dossier (and visible to the actor). */
async function assertTargets(tx: DbTx, actor: Actor, usagerId: string, input: DocumentUpload) {
  const ofDossier = (id: string) => ({ id, usagerId });
  if (input.accompagnementId && !(await tx.accompagnement.findFirst({ where: { AND: [accompagnementScope(actor), ofDossier(input.accompagnementId)] }, select: { id: true } }))) {
    throw new DomainError("Accompagnement inconnu.", { accompagnementId: "Cet accompagnement n'est pas celui de ce dossier." });
  }
  if (input.aideId && !(await tx.aide.findFirst({ where: { AND: [aideScope(actor), ofDossier(input.aideId)] }, select: { id: true } }))) {
    throw new DomainError("Aide inconnue.", { aideId: "Cette aide n'est pas celle de ce dossier." });
  }
  if (input.orientationId && !(await tx.orientation.findFirst({ where: { AND: [orientationScope(actor), ofDossier(input.orientationId)] }, select: { id: true } }))) {
    throw new DomainError("Orientation inconnue.", { orientationId: "Cette orientation n'est pas celle de ce dossier." });
  }
}

export async function uploadDocument(actor: Actor, input: DocumentUpload, file: { name: string; bytes: Uint8Array }, options: Options = {}) {
  const storage = options.storage ?? documentStorage();
  const usager = await loadUsager(db, actor, input.usagerId);
  if (usager.status === "ARCHIVE") throw new DomainError(ARCHIVED);
  await assertTargets(db, actor, usager.id, input);
  const check = await inspectUpload(file.name, file.bytes);
  if (!check.ok) throw new FileRefusedError(check.message, check.reason);

  const storageKey = `${usager.structureId}/${usager.id}/${randomUUID()}`;
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  await storage.put(storageKey, file.bytes, check.mime);
  try {
    return await db.$transaction(async (tx) => {
      // Checked again inside the transaction: the dossier may have moved since the checks.
      await loadUsager(tx, actor, usager.id);
      const doc = await tx.document.create({
        data: {
          structureId: usager.structureId, usagerId: usager.id, accompagnementId: input.accompagnementId, aideId: input.aideId,
          orientationId: input.orientationId, type: input.type, name: check.name, mime: check.mime, size: file.bytes.byteLength,
          sha256, storageKey, confidential: input.confidential, uploadedById: actor.id,
        },
        select: { id: true, name: true, usagerId: true },
      });
      // The file name may name the person: the audit keeps the type and size only.
      await writeAudit(tx, actor, {
        action: "document.upload", entityType: "Document", entityId: doc.id,
        details: { usagerId: usager.id, type: input.type, mime: check.mime, size: file.bytes.byteLength, confidential: input.confidential },
      });
      // A confidential document is its uploader's (and the RESPONSABLE's): nobody is told of it.
      if (!input.confidential) await notify(tx, actor, { kind: "DOCUMENT_AJOUTE", to: await dossierReferents(tx, usager.id), usagerId: usager.id, href: `/usagers/${usager.id}#documents-dossier`, title: "Un document est ajouté" });
      return doc;
    });
  } catch (error) {
    await storage.delete(storageKey).catch((err: unknown) => {
      log.error({ err: err instanceof Error ? err.message : String(err), storageKey }, "document_orphan_cleanup_failed");
    });
    throw error;
  }
}

async function loadDocument(tx: DbTx, actor: Actor, id: string) {
  const doc = await tx.document.findFirst({ where: { AND: [documentScope(actor), { id }] } });
  if (!doc || !canManageDocument(actor, doc)) throw new NotFoundError();
  return doc;
}

export async function renameDocument(actor: Actor, input: DocumentRename) {
  return db.$transaction(async (tx) => {
    const doc = await loadDocument(tx, actor, input.id);
    if (doc.deletedAt) throw new DomainError("Ce document est supprimé : restaurez-le avant de le renommer.");
    const format = ACCEPTED_FORMATS[doc.mime];
    const named = format ? nameForContent(input.name, { mime: doc.mime, extension: format.extensions[0]! }) : { name: input.name };
    if ("error" in named) throw new DomainError(named.error, { name: named.error });
    const { count } = await tx.document.updateMany({ where: { id: doc.id, updatedAt: new Date(input.updatedAt) }, data: { name: named.name } });
    if (count === 0) throw new DomainError(DOCUMENT_CONFLICT_MESSAGE);
    await writeAudit(tx, actor, { action: "document.rename", entityType: "Document", entityId: doc.id, details: { usagerId: doc.usagerId } });
    return { id: doc.id, name: named.name };
  });
}

export async function deleteDocument(actor: Actor, input: DocumentId, { now = new Date() }: Options = {}) {
  return db.$transaction(async (tx) => {
    const doc = await loadDocument(tx, actor, input.id);
    if (doc.deletedAt) return { id: doc.id };
    await tx.document.update({ where: { id: doc.id }, data: { deletedAt: now, deletedById: actor.id } });
    await writeAudit(tx, actor, { action: "document.delete", entityType: "Document", entityId: doc.id, details: { usagerId: doc.usagerId, type: doc.type } });
    return { id: doc.id };
  });
}

export async function restoreDocument(actor: Actor, input: DocumentId, { now = new Date() }: Options = {}) {
  return db.$transaction(async (tx) => {
    const doc = await loadDocument(tx, actor, input.id);
    if (!doc.deletedAt) return { id: doc.id };
    if (now.getTime() - doc.deletedAt.getTime() > RESTORE_DAYS * DAY) {
      throw new DomainError(`Ce document a été supprimé il y a plus de ${RESTORE_DAYS} jours : il ne peut plus être restauré.`);
    }
    await tx.document.update({ where: { id: doc.id }, data: { deletedAt: null, deletedById: null } });
    await writeAudit(tx, actor, { action: "document.restore", entityType: "Document", entityId: doc.id, details: { usagerId: doc.usagerId, type: doc.type } });
    return { id: doc.id };
  });
}
