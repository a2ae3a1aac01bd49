// The scheduled purge of forgotten drafts (lib/jobs/registry.ts, "brouillons-purge").
import { db } from "@/lib/db";
import { DRAFT_MAX_AGE_DAYS } from "./schemas";

export async function purgeOldDrafts(now: Date): Promise<{ deleted: number }> {
  const before = new Date(now.getTime() - DRAFT_MAX_AGE_DAYS * 24 * 3600_000);
  const { count } = await db.draft.deleteMany({ where: { updatedAt: { lt: before } } });
  return { deleted: count };
}
