// Documents of the dossier chosen to go with an orientation: attached when the orientation is
// recorded (same transaction), listed by name in the courrier d'orientation.
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { documentScope } from "@/lib/auth/scopes/document";
import { DomainError } from "@/lib/domain/errors";
import { DOCUMENT_TYPE_LABELS } from "./labels";

export async function attachDocumentsToOrientation(tx: DbTx, actor: Actor, target: { orientationId: string; usagerId: string; documentIds: string[] }) {
  if (target.documentIds.length === 0) return;
  const docs = await tx.document.findMany({
    where: { AND: [documentScope(actor), { id: { in: target.documentIds }, usagerId: target.usagerId, deletedAt: null }] },
    select: { id: true },
  });
  if (docs.length !== target.documentIds.length) {
    throw new DomainError("Pièce jointe inconnue.", { documentIds: "Choisissez des pièces jointes de ce dossier." });
  }
  await tx.orientationDocument.createMany({ data: docs.map((d) => ({ orientationId: target.orientationId, documentId: d.id })), skipDuplicates: true });
}

/** "Avis d'imposition 2025.pdf (justificatif de ressources)", for the letter; deleted ones are left out. */
export async function orientationDocumentLabels(actor: Actor, orientationId: string): Promise<string[]> {
  const docs = await db.document.findMany({
    where: { AND: [documentScope(actor), { deletedAt: null, OR: [{ orientationId }, { orientationsJointes: { some: { orientationId } } }] }] },
    orderBy: { createdAt: "asc" },
    select: { name: true, type: true },
  });
  return docs.map((d) => `${d.name} (${DOCUMENT_TYPE_LABELS[d.type].toLowerCase()})`);
}
