// Anonymising one dossier, inside the caller's transaction: identity and free text go, the rows
// stay (with their enums, dates and amounts) so that the statistics keep counting them. One list
// of steps, from the registry (parts.ts), gives both the preview and the run; the audit rows about
// the dossier come last, so that nothing written before escapes the scrub.
import type { DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { writeSystemAwareAudit } from "@/lib/domain/audit/system-audit";
import type { AnonymiseStep, DossierTarget } from "@/lib/domain/shared/dossier-part";
import { DOSSIER_PARTS } from "./parts";

/** The only value the audit trigger accepts when it lets `details` be rewritten. */
export const AUDIT_SCRUB_MARKER = JSON.stringify({ anonymise: true });

export type AnonymiseMode = "manuel" | "automatique";

/** Every id an audit row about this dossier may carry as its entityId. */
async function auditedIds(tx: DbTx, usagerId: string): Promise<string[]> {
  const lists = await Promise.all(DOSSIER_PARTS.map((p) => p.auditedIds?.(tx, usagerId) ?? []));
  return [usagerId, ...lists.flat()];
}

// The audit rows stay (who opened the dossier, when) but their details about it go. The trigger
// allows this one rewrite only while the transaction-local setting is on: switched off again
// right after, so nothing else in this transaction benefits from it.
const AUDIT_STEP: AnonymiseStep = {
  label: "Journal d'audit",
  effect: "détails des entrées sur ce dossier effacés, les accès (qui, quand) restent",
  count: async (tx, { usagerId, structureId }) => {
    const rows = await tx.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "AuditLog" WHERE "structureId" = ${structureId}::uuid AND details IS NOT NULL
        AND ("entityId" = ${usagerId} OR details->>'usagerId' = ${usagerId})`;
    return Number(rows[0]?.n ?? 0);
  },
  run: async (tx, { usagerId, structureId }) => {
    const ids = await auditedIds(tx, usagerId);
    await tx.$queryRaw`SELECT set_config('passerelle.audit_anonymise', 'on', true)`;
    await tx.$executeRaw`
      UPDATE "AuditLog" SET details = ${AUDIT_SCRUB_MARKER}::jsonb
      WHERE ("structureId" = ${structureId}::uuid OR "structureId" IS NULL) AND details IS NOT NULL
        AND details <> ${AUDIT_SCRUB_MARKER}::jsonb
        AND ("entityId" = ANY(${ids}::text[]) OR details->>'usagerId' = ${usagerId})`;
    await tx.$queryRaw`SELECT set_config('passerelle.audit_anonymise', 'off', true)`;
  },
};

/** Every step, in the order of the preview and of the run. */
export const ANONYMISE_STEPS: readonly AnonymiseStep[] = [...DOSSIER_PARTS.flatMap((p) => p.anonymise ?? []), AUDIT_STEP];

export type PreviewLine = { label: string; effet: string; nombre: number | null };

/** What anonymising the dossier will do, step by step, counted. The caller checked the actor's right. */
export async function previewAnonymisationLines(tx: DbTx, target: DossierTarget, dossier: { dateNaissance: Date | null }): Promise<PreviewLine[]> {
  return Promise.all(ANONYMISE_STEPS.map(async (s) => ({
    label: s.label,
    effet: typeof s.effect === "function" ? s.effect(dossier) : s.effect,
    nombre: s.count ? await s.count(tx, target) : null,
  })));
}

/** The dossier row, locked; null when it is gone or already anonymised (two runs at once). */
async function lockDossier(tx: DbTx, { usagerId, structureId }: DossierTarget) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Usager" WHERE id = ${usagerId}::uuid AND "structureId" = ${structureId}::uuid AND "anonymiseLe" IS NULL FOR UPDATE`;
  return rows[0] ?? null;
}

export async function anonymiseDossier(tx: DbTx, target: DossierTarget, opts: { now: Date; actor: Actor | null; mode: AnonymiseMode }): Promise<boolean> {
  if (!(await lockDossier(tx, target))) return false;
  for (const step of ANONYMISE_STEPS) await step.run(tx, target, opts.now);
  await tx.retentionFlag.deleteMany({ where: { usagerId: target.usagerId } });
  await writeSystemAwareAudit(tx, opts.actor, target.structureId, {
    action: "usager.anonymise", entityType: "Usager", entityId: target.usagerId, details: { mode: opts.mode },
  });
  return true;
}
