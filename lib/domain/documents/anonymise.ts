// Retention: anonymising a dossier deletes its pièces jointes, rows and files. The rows go in
// the anonymisation transaction; the files are deleted right away, because erasure must win:
// should the transaction fail afterwards, rows pointing to missing files answer "fichier
// indisponible" and the next anonymisation run removes them.
import type { DbTx } from "@/lib/db";
import { documentStorage } from "@/lib/storage";

export async function anonymiseDocuments(tx: DbTx, target: { usagerId: string; structureId: string }) {
  const docs = await tx.document.findMany({ where: { usagerId: target.usagerId, structureId: target.structureId }, select: { storageKey: true } });
  if (docs.length === 0) return { deleted: 0 };
  await tx.document.deleteMany({ where: { usagerId: target.usagerId, structureId: target.structureId } });
  const storage = documentStorage();
  for (const doc of docs) await storage.delete(doc.storageKey);
  return { deleted: docs.length };
}
