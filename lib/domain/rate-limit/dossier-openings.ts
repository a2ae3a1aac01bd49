// Bulk extraction through pages (issue 23, finding 5): every opening of a dossier's pages counts
// against its user, in PostgreSQL (one counter for every instance). The first opening past the
// limit writes one alert in the structure's journal, which the responsable reads; the following
// ones in the same window are refused without another row.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { hitRateLimit, type RateVerdict } from "./counter";
import { dossierOpeningsPerUser } from "./policies";

export async function consumeDossierOpening(actor: Actor, limit: number, path: string, now = new Date()): Promise<RateVerdict> {
  const policy = dossierOpeningsPerUser(limit);
  const verdict = await hitRateLimit(policy, actor.id, now);
  if (!verdict.allowed && verdict.count === policy.limit + 1) {
    await db.$transaction((tx) => writeAudit(tx, actor, {
      action: "securite.consultations_massives", entityType: "User", entityId: actor.id,
      details: { limite: policy.limit, minutes: policy.windowMs / 60_000, page: path.slice(0, 200) },
    }));
  }
  return verdict;
}
