// Files that Passerelle writes itself into a dossier (a generated letter, in PDF and DOCX): the
// same Document rows, storage keys and guarantees as an upload (commands.ts), without the checks
// an upload from a browser needs. The objects are stored FIRST; the rows, the caller's own rows
// and every audit entry are then written in ONE transaction; if it fails, the objects are
// deleted, so a failed generation leaves neither a row nor an orphan file.
import { createHash, randomUUID } from "node:crypto";
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { documentStorage, type DocumentStorage } from "@/lib/storage";
import { log } from "@/lib/log";
import type { DocumentType } from "./labels";

export type GeneratedFile = { name: string; mime: string; bytes: Uint8Array };
export type GeneratedTarget = {
  usager: { id: string; structureId: string };
  type: DocumentType;
  accompagnementId?: string | null;
  aideId?: string | null;
  orientationId?: string | null;
};

export async function storeGeneratedFiles<T>(
  actor: Actor,
  target: GeneratedTarget,
  files: GeneratedFile[],
  write: (tx: DbTx, documents: { id: string; name: string; mime: string }[]) => Promise<T>,
  { storage = documentStorage() }: { storage?: DocumentStorage } = {},
): Promise<T> {
  const { usager } = target;
  const keys = files.map(() => `${usager.structureId}/${usager.id}/${randomUUID()}`);
  const stored: string[] = [];
  try {
    for (const [i, file] of files.entries()) {
      await storage.put(keys[i]!, file.bytes, file.mime);
      stored.push(keys[i]!);
    }
    return await db.$transaction(async (tx) => {
      const documents = [];
      for (const [i, file] of files.entries()) {
        const doc = await tx.document.create({
          data: {
            structureId: usager.structureId, usagerId: usager.id, accompagnementId: target.accompagnementId ?? null, aideId: target.aideId ?? null,
            orientationId: target.orientationId ?? null, type: target.type, name: file.name, mime: file.mime, size: file.bytes.byteLength,
            sha256: createHash("sha256").update(file.bytes).digest("hex"), storageKey: keys[i]!, confidential: false, uploadedById: actor.id,
          },
          select: { id: true, name: true, mime: true },
        });
        // The file name may name the person: the audit keeps the type, format and size only.
        await writeAudit(tx, actor, {
          action: "document.generate", entityType: "Document", entityId: doc.id,
          details: { usagerId: usager.id, type: target.type, mime: file.mime, size: file.bytes.byteLength },
        });
        documents.push(doc);
      }
      return write(tx, documents);
    });
  } catch (error) {
    for (const key of stored) {
      await storage.delete(key).catch((err: unknown) => {
        log.error({ err: err instanceof Error ? err.message : String(err), storageKey: key }, "document_orphan_cleanup_failed");
      });
    }
    throw error;
  }
}
