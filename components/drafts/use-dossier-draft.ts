"use client";

import { useMemo } from "react";
import { discardDraftAction, saveDraftAction } from "@/lib/actions/drafts";
import type { DraftForm } from "@/lib/domain/drafts/schemas";
import type { DraftOption } from "@/components/forms/use-form-draft";

/** The `draft` option of useActionForm for a form of a dossier: the author's draft on the server. */
export function useDossierDraft(usagerId: string, form: DraftForm, saved: DraftOption["saved"]): DraftOption {
  return useMemo(() => ({
    saved,
    save: (values) => saveDraftAction({ usagerId, form, values }),
    discard: () => discardDraftAction({ usagerId, form }),
  }), [usagerId, form, saved]);
}
