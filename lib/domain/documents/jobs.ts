// Purge of pièces jointes deleted more than 30 days ago, for every structure: the stored object
// first, then the row (a row whose object is gone is retried next time; the reverse would leave
// an orphan file nobody can find). Idempotent and safe on two instances at once: deleting an
// object twice is harmless and the row is removed by a conditional delete, audited once.
import { db } from "@/lib/db";
import { writeAccountlessAudit } from "@/lib/domain/audit/write-audit";
import { documentStorage, type DocumentStorage } from "@/lib/storage";
import { RESTORE_DAYS } from "./labels";

const DAY = 24 * 60 * 60 * 1000;
const BATCH = 200;

export async function purgeDeletedDocuments(now: Date, { storage = documentStorage() }: { storage?: DocumentStorage } = {}) {
  const cutoff = new Date(now.getTime() - RESTORE_DAYS * DAY);
  let purged = 0;
  let failed = 0;
  const skip = new Set<string>();
  for (;;) {
    const batch = await db.document.findMany({
      where: { deletedAt: { lt: cutoff }, id: { notIn: [...skip] } },
      select: { id: true, structureId: true, usagerId: true, storageKey: true, type: true },
      orderBy: { deletedAt: "asc" },
      take: BATCH,
    });
    if (batch.length === 0) break;
    for (const doc of batch) {
      try {
        await storage.delete(doc.storageKey);
      } catch {
        failed++;
        skip.add(doc.id);
        continue;
      }
      await db.$transaction(async (tx) => {
        const { count } = await tx.document.deleteMany({ where: { id: doc.id, deletedAt: { lt: cutoff } } });
        if (count === 0) return;
        purged++;
        await writeAccountlessAudit(tx, doc.structureId, { action: "document.purge", entityType: "Document", entityId: doc.id, details: { usagerId: doc.usagerId, type: doc.type } });
      });
      skip.add(doc.id);
    }
  }
  return { purged, failed };
}
