"use server";

import { runAction } from "@/lib/actions/run-action";
import { discardDraft, saveDraft } from "@/lib/domain/drafts/commands";
import { ZDraftDiscard, ZDraftSave } from "@/lib/domain/drafts/schemas";

/** Called while typing (debounced) by a form with a draft (useActionForm's `draft` option). */
export async function saveDraftAction(input: unknown, form?: unknown) {
  return runAction(ZDraftSave, form ?? input, saveDraft);
}

/** "Ne pas reprendre le brouillon": the author deletes it. */
export async function discardDraftAction(input: unknown, form?: unknown) {
  return runAction(ZDraftDiscard, form ?? input, discardDraft);
}
