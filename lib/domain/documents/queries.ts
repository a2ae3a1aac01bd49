// Reads of pièces jointes, always inside documentScope (a confidential file is invisible to a
// colleague, a foreign id is a missing one). Opening a file (preview or download) is audited.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canManageDocument, canViewUsager } from "@/lib/auth/permissions";
import { documentScope } from "@/lib/auth/scopes/document";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { nameLookup } from "@/lib/domain/shared/user-names";
import { isUuid } from "@/lib/domain/shared/fields";
import { documentStorage, type DocumentStorage } from "@/lib/storage";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ACCEPTED_FORMATS, RESTORE_DAYS, type DocumentType } from "./labels";

/** Where a documents card is shown: the whole dossier, or one of its accompagnements, aids, orientations. */
export type DocumentTarget = { usagerId: string; accompagnementId?: string; aideId?: string; orientationId?: string };

const DAY = 24 * 60 * 60 * 1000;

function targetWhere(target: DocumentTarget): Prisma.DocumentWhereInput {
  const base = { usagerId: target.usagerId };
  if (target.accompagnementId) return { ...base, accompagnementId: target.accompagnementId };
  if (target.aideId) return { ...base, aideId: target.aideId };
  if (target.orientationId) {
    return { ...base, OR: [{ orientationId: target.orientationId }, { orientationsJointes: { some: { orientationId: target.orientationId } } }] };
  }
  return base;
}

export type DocumentRow = {
  id: string; name: string; type: DocumentType; mime: string; size: number; confidential: boolean; createdAt: Date; updatedAt: string;
  uploadedBy: string | null; deletedAt: Date | null; restorableUntil: Date | null; preview: "image" | "pdf" | null; canManage: boolean;
  attachedTo: "accompagnement" | "aide" | "orientation" | null;
};

/** The card's content: visible documents, and the deleted ones still restorable. Null: no access. */
export async function listDocuments(actor: Actor, target: DocumentTarget, now = new Date()) {
  if (!isUuid(target.usagerId)) return null;
  const usager = await db.usager.findFirst({ where: { AND: [usagerScope(actor), { id: target.usagerId }] }, select: { id: true, structureId: true, status: true } });
  if (!usager || !canViewUsager(actor, usager)) return null;
  const docs = await db.document.findMany({
    where: { AND: [documentScope(actor), targetWhere(target), { OR: [{ deletedAt: null }, { deletedAt: { gt: new Date(now.getTime() - RESTORE_DAYS * DAY) } }] }] },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  const names = await nameLookup(actor, docs.map((d) => d.uploadedById));
  const rows = docs.map((d): DocumentRow => ({
    id: d.id, name: d.name, type: d.type, mime: d.mime, size: d.size, confidential: d.confidential, createdAt: d.createdAt,
    updatedAt: d.updatedAt.toISOString(), uploadedBy: names(d.uploadedById), deletedAt: d.deletedAt,
    restorableUntil: d.deletedAt ? new Date(d.deletedAt.getTime() + RESTORE_DAYS * DAY) : null,
    preview: ACCEPTED_FORMATS[d.mime]?.preview ?? null, canManage: canManageDocument(actor, d),
    attachedTo: d.accompagnementId ? "accompagnement" : d.aideId ? "aide" : d.orientationId ? "orientation" : null,
  }));
  return { active: rows.filter((r) => !r.deletedAt), deleted: rows.filter((r) => r.deletedAt), archived: usager.status === "ARCHIVE" };
}

/** Documents of the dossier that can be chosen to go with an orientation (not deleted). */
export async function listDocumentChoices(actor: Actor, usagerId: string) {
  if (!isUuid(usagerId)) return [];
  return db.document.findMany({
    where: { AND: [documentScope(actor), { usagerId, deletedAt: null }] },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, type: true, confidential: true },
  });
}

export type OpenMode = "preview" | "download";

/**
 * A file to send: checked, audited, then streamed from the storage. Null when the id is unknown,
 * foreign, confidential to someone else or deleted; "missing" when the object is gone.
 */
export async function openDocument(actor: Actor, id: string, mode: OpenMode, { storage = documentStorage() }: { storage?: DocumentStorage } = {}) {
  if (!isUuid(id)) return null;
  const doc = await db.document.findFirst({ where: { AND: [documentScope(actor), { id, deletedAt: null }] } });
  if (!doc) return null;
  await db.$transaction((tx) => writeAudit(tx, actor, {
    action: mode === "preview" ? "document.preview" : "document.download", entityType: "Document", entityId: doc.id,
    details: { usagerId: doc.usagerId, type: doc.type },
  }));
  const stream = await storage.stream(doc.storageKey);
  if (!stream) return "missing" as const;
  const inline = mode === "preview" && ACCEPTED_FORMATS[doc.mime]?.preview != null;
  return { name: doc.name, mime: doc.mime, size: doc.size, inline, stream };
}
