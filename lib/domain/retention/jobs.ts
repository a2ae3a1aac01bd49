// The retention jobs (lib/jobs/registry.ts). Each runs across all structures with each one's
// settings, is idempotent, and is safe on two instances at once (conditional deletes, the
// dossier row locked before anonymising). Summaries are counts per structure, never names.
import { subDays, subMonths } from "date-fns";
import { db } from "@/lib/db";
import { DEFAULT_RETENTION_SETTINGS, retentionSettingsOf } from "@/lib/domain/settings/retention-settings";
import { anonymiseDossier } from "@/lib/domain/dossier/anonymise";
import { findInactiveDossiers } from "./inactivity";
import { writeSystemAwareAudit } from "@/lib/domain/audit/system-audit";

type PerStructure<T> = { parStructure: Record<string, T> };

async function structureIds(): Promise<string[]> {
  return (await db.structure.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } })).map((s) => s.id);
}

/** Deletes audit rows older than the structure's period; rows without a structure use the default. */
export async function purgeAuditLog(now: Date): Promise<PerStructure<{ supprimees: number }> & { sansStructure: number }> {
  const result: PerStructure<{ supprimees: number }> & { sansStructure: number } = { parStructure: {}, sansStructure: 0 };
  for (const structureId of await structureIds()) {
    const { auditConservationMois } = await retentionSettingsOf(structureId);
    const cutoff = subMonths(now, auditConservationMois);
    const supprimees = await db.$transaction(async (tx) => {
      // The trigger lets DELETE through only while this transaction-local setting is on.
      await tx.$queryRaw`SELECT set_config('passerelle.audit_purge', 'on', true)`;
      const n = await tx.$executeRaw`DELETE FROM "AuditLog" WHERE "structureId" = ${structureId}::uuid AND at < ${cutoff}`;
      await tx.$queryRaw`SELECT set_config('passerelle.audit_purge', 'off', true)`;
      if (n > 0) {
        await writeSystemAwareAudit(tx, null, structureId, {
          action: "audit.purge", entityType: "AuditLog", details: { supprimees: n, avant: cutoff.toISOString() },
        });
      }
      return n;
    });
    result.parStructure[structureId] = { supprimees };
  }
  const cutoff = subMonths(now, DEFAULT_RETENTION_SETTINGS.auditConservationMois);
  result.sansStructure = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('passerelle.audit_purge', 'on', true)`;
    const n = await tx.$executeRaw`DELETE FROM "AuditLog" WHERE "structureId" IS NULL AND at < ${cutoff}`;
    await tx.$queryRaw`SELECT set_config('passerelle.audit_purge', 'off', true)`;
    return n;
  });
  // The job history itself (no personal data) is kept as long as the default journal period.
  await db.jobRun.deleteMany({ where: { startedAt: { lt: cutoff } } });
  return result;
}

export type FlagCounts = { signales: number; retires: number; anonymises: number };

/** Brings a structure's review list up to date: new inactive dossiers flagged, resumed ones removed. */
export async function refreshFlagsOf(structureId: string, now: Date): Promise<Omit<FlagCounts, "anonymises">> {
  const { inactiviteAnonymisationMois } = await retentionSettingsOf(structureId);
  const inactive = await findInactiveDossiers(structureId, inactiviteAnonymisationMois, now);
  const { count: signales } = await db.retentionFlag.createMany({
    data: inactive.map((d) => ({ usagerId: d.usagerId, structureId, dernierContactLe: d.dernierContactLe, signaleLe: now })),
    skipDuplicates: true,
  });
  const { count: retires } = await db.retentionFlag.deleteMany({
    where: { structureId, usagerId: { notIn: inactive.map((d) => d.usagerId) } },
  });
  return { signales, retires };
}

/** Flags inactive dossiers; in automatic mode, anonymises those flagged for longer than the grace period. */
export async function reviewInactiveDossiers(now: Date): Promise<PerStructure<FlagCounts>> {
  const result: PerStructure<FlagCounts> = { parStructure: {} };
  for (const structureId of await structureIds()) {
    const counts: FlagCounts = { ...(await refreshFlagsOf(structureId, now)), anonymises: 0 };
    const settings = await retentionSettingsOf(structureId);
    if (settings.anonymisationAutomatique) {
      const due = await db.retentionFlag.findMany({
        where: { structureId, signaleLe: { lte: subDays(now, settings.anonymisationDelaiGraceJours) } },
        select: { usagerId: true },
      });
      for (const { usagerId } of due) {
        // One transaction per dossier: a failure leaves the others done and this one untouched.
        const done = await db.$transaction((tx) => anonymiseDossier(tx, { usagerId, structureId }, { now, actor: null, mode: "automatique" }), { timeout: 60_000 });
        if (done) counts.anonymises++;
      }
    }
    result.parStructure[structureId] = counts;
  }
  return result;
}

/** Deletes refused or abandoned aid requests decided (or last changed) before the structure's period. */
export async function purgeClosedAidRequests(now: Date): Promise<PerStructure<{ supprimees: number }>> {
  const result: PerStructure<{ supprimees: number }> = { parStructure: {} };
  for (const structureId of await structureIds()) {
    const { aidesRefuseesConservationMois } = await retentionSettingsOf(structureId);
    const cutoff = subMonths(now, aidesRefuseesConservationMois);
    const supprimees = await db.$transaction(async (tx) => {
      const { count } = await tx.aide.deleteMany({
        where: {
          structureId, status: { in: ["REFUSEE", "ABANDONNEE"] },
          OR: [{ decisionLe: { lt: cutoff } }, { decisionLe: null, updatedAt: { lt: cutoff } }],
        },
      });
      if (count > 0) {
        await writeSystemAwareAudit(tx, null, structureId, {
          action: "aide.purge", entityType: "Aide", details: { supprimees: count, avant: cutoff.toISOString() },
        });
      }
      return count;
    });
    result.parStructure[structureId] = { supprimees };
  }
  return result;
}
