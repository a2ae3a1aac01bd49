"use client";

import { refreshRetentionReviewAction } from "@/lib/actions/retention";
import { ActionButton } from "@/components/forms/action-button";

/** Recomputes the list now instead of waiting for the nightly job (e.g. after changing the period). */
export function RefreshReviewButton() {
  return (
    <ActionButton action={refreshRetentionReviewAction} fields={{}} className="btn btn--secondary"
      success={(d: { signales: number; retires: number }) => `Liste actualisée : ${d.signales} dossier(s) ajouté(s), ${d.retires} retiré(s).`}>
      Actualiser la liste
    </ActionButton>
  );
}
