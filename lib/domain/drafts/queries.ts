import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { draftScope } from "@/lib/auth/scopes/draft";
import { isUuid } from "@/lib/domain/shared/fields";
import type { DraftForm } from "./schemas";

export type SavedDraft = { values: Record<string, unknown>; updatedAt: Date };

/** The actor's own draft of a form of a dossier, if any (never a colleague's). */
export async function getOwnDraft(actor: Actor, usagerId: string, form: DraftForm): Promise<SavedDraft | null> {
  if (!isUuid(usagerId)) return null;
  const draft = await db.draft.findFirst({ where: { AND: [draftScope(actor), { usagerId, form }] }, select: { values: true, updatedAt: true } });
  return draft ? { values: draft.values as Record<string, unknown>, updatedAt: draft.updatedAt } : null;
}
