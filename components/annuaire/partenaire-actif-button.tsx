"use client";

import { setPartenaireActifAction } from "@/lib/actions/annuaire";
import { ActionButton } from "@/components/forms/action-button";

/** Deactivating hides the partner from the directory and the orientation form, keeps its history. */
export function PartenaireActifButton({ id, actif }: { id: string; actif: boolean }) {
  return (
    <ActionButton action={setPartenaireActifAction} fields={{ id, actif: String(!actif) }} className={actif ? "btn btn--secondary" : "btn"}>
      {actif ? "Désactiver ce service" : "Réactiver ce service"}
    </ActionButton>
  );
}
