// Audit rows are written in the same transaction as the change they describe (or right after a
// read). The table is append-only (database trigger). Details never hold free text about a person.
import type { DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

export type AuditInput = {
  action: string;
  entityType: string;
  entityId?: string | null;
  details?: Record<string, string | number | boolean | null | string[]>;
};

export async function writeAudit(tx: DbTx, actor: Actor | null, entry: AuditInput, ip?: string | null) {
  await tx.auditLog.create({
    data: {
      actorId: actor?.id ?? null,
      structureId: actor?.structureId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      ip: ip ?? actor?.ip ?? null,
      details: entry.details ?? undefined,
    },
  });
}
