// Audit rows of work done by a RESPONSABLE or by a scheduled job (no actor), e.g. retention. A job's
// row still carries the structure, so that its RESPONSABLE finds it in the journal.
import type { DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { writeAccountlessAudit, writeAudit, type AuditInput } from "@/lib/domain/audit/write-audit";

export async function writeSystemAwareAudit(tx: DbTx, actor: Actor | null, structureId: string, entry: AuditInput) {
  if (actor) return writeAudit(tx, actor, entry);
  await writeAccountlessAudit(tx, structureId, { ...entry, details: { ...entry.details, par: "tache_planifiee" } });
}
