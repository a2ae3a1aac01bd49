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

/**
 * A row with no account behind it (a scheduled job, the public signalement page, the setup
 * command): it still carries the structure, so that its RESPONSABLE finds it in the journal.
 */
export async function writeAccountlessAudit(tx: DbTx, structureId: string, entry: AuditInput, ip: string | null = null) {
  await tx.auditLog.create({
    data: {
      actorId: null, structureId, action: entry.action, entityType: entry.entityType,
      entityId: entry.entityId ?? null, ip, details: entry.details ?? undefined,
    },
  });
}

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
