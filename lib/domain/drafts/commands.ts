// Writing a draft: its author only, on a dossier they may write in. Keeping a draft is not an
// event of the dossier (no audit row per keystroke); saving the form is, and deletes the draft
// in the same transaction (discardDraftTx).
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canWriteSuivi } from "@/lib/auth/permissions";
import { draftScope } from "@/lib/auth/scopes/draft";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import type { DraftDiscard, DraftForm, DraftSave } from "./schemas";

export async function saveDraft(actor: Actor, input: DraftSave): Promise<{ savedAt: Date }> {
  return db.$transaction(async (tx) => {
    const usager = await tx.usager.findFirst({ where: { AND: [usagerScope(actor), { id: input.usagerId }] }, select: { id: true, structureId: true, status: true } });
    if (!usager || !canWriteSuivi(actor, usager)) throw new NotFoundError();
    if (usager.status === "ARCHIVE") throw new DomainError("Ce dossier est archivé : aucun brouillon n'y est gardé.");
    const draft = await tx.draft.upsert({
      where: { userId_usagerId_form: { userId: actor.id, usagerId: usager.id, form: input.form } },
      create: { ...ownedBy(actor), userId: actor.id, usagerId: usager.id, form: input.form, values: input.values as object },
      update: { values: input.values as object },
      select: { updatedAt: true },
    });
    return { savedAt: draft.updatedAt };
  });
}

export async function discardDraft(actor: Actor, input: DraftDiscard): Promise<{ deleted: number }> {
  const usager = await db.usager.findFirst({ where: { AND: [usagerScope(actor), { id: input.usagerId }] }, select: { id: true, structureId: true } });
  if (!usager || !canWriteSuivi(actor, usager)) throw new NotFoundError();
  const { count } = await db.draft.deleteMany({ where: { AND: [draftScope(actor), { usagerId: input.usagerId, form: input.form }] } });
  return { deleted: count };
}

/** Inside the transaction that saves the form: its draft has become the record. */
export function discardDraftTx(tx: DbTx, actor: Actor, usagerId: string, form: DraftForm) {
  return tx.draft.deleteMany({ where: { AND: [draftScope(actor), { usagerId, form }] } });
}
