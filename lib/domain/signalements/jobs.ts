// The retention of signalements (scheduled job "signalements-purge", lib/jobs/registry.ts):
// a report not linked to a dossier is deleted, with its history, once older than the structure's
// period (3 months by default, signalementConservationMois); a linked one follows its dossier
// (deleted with it, scrubbed by its anonymisation: dossier-part.ts), but the reporter's data
// goes after the same period even if nobody closed it. Idempotent, safe on two instances at
// once (conditional deletes); the summary is counts per structure, never a name.
import { subMonths } from "date-fns";
import { db } from "@/lib/db";
import { writeSystemAwareAudit } from "@/lib/domain/audit/system-audit";

export type SignalementPurge = { parStructure: Record<string, { supprimes: number; signaleursEffaces: number }> };

export async function purgeSignalements(now: Date): Promise<SignalementPurge> {
  const result: SignalementPurge = { parStructure: {} };
  const structures = await db.structure.findMany({ select: { id: true, settings: { select: { signalementConservationMois: true } } }, orderBy: { createdAt: "asc" } });
  for (const { id: structureId, settings } of structures) {
    const cutoff = subMonths(now, settings?.signalementConservationMois ?? 3);
    const counts = await db.$transaction(async (tx) => {
      const { count: supprimes } = await tx.signalement.deleteMany({ where: { structureId, usagerId: null, createdAt: { lt: cutoff } } });
      const { count: signaleursEffaces } = await tx.signalement.updateMany({
        where: { structureId, createdAt: { lt: cutoff }, OR: [{ reporterNom: { not: null } }, { reporterTelephone: { not: null } }, { reporterEmail: { not: null } }] },
        data: { reporterNom: null, reporterTelephone: null, reporterEmail: null },
      });
      if (supprimes + signaleursEffaces > 0) {
        await writeSystemAwareAudit(tx, null, structureId, {
          action: "signalement.purge", entityType: "Signalement", details: { supprimes, signaleursEffaces, avant: cutoff.toISOString() },
        });
      }
      return { supprimes, signaleursEffaces };
    });
    result.parStructure[structureId] = counts;
  }
  return result;
}
