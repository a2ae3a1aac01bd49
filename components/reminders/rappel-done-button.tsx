"use client";

import { markRappelFaitAction } from "@/lib/actions/entretiens";
import { ActionButton } from "@/components/forms/action-button";

export function RappelDoneButton({ entretienId }: { entretienId: string }) {
  return (
    <ActionButton action={markRappelFaitAction} fields={{ entretienId }} className="btn btn--link" success="Rappel marqué comme fait.">
      Marquer comme fait
    </ActionButton>
  );
}
