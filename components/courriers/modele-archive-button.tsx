"use client";

// Archiving a template (it is no longer offered; its letters and versions stay) or restoring it;
// removing the letterhead's logo.
import { ActionButton } from "@/components/forms/action-button";
import type { FormAction } from "@/components/forms/use-action-form";
import { archiveCourrierModeleAction, removeLogoAction, restoreCourrierModeleAction } from "@/lib/actions/courriers";

export function ModeleArchiveButton({ id, archived }: { id: string; archived: boolean }) {
  return archived ? (
    <ActionButton action={restoreCourrierModeleAction as FormAction} fields={{ id }} success="Modèle restauré." className="btn btn--small btn--secondary">Restaurer le modèle</ActionButton>
  ) : (
    <ActionButton action={archiveCourrierModeleAction as FormAction} fields={{ id }} success="Modèle archivé." confirm="Archiver ce modèle ? Il ne sera plus proposé ; les courriers déjà générés restent." className="btn btn--small btn--secondary">
      Archiver le modèle
    </ActionButton>
  );
}

export function RemoveLogoButton() {
  return <ActionButton action={removeLogoAction as FormAction} fields={{}} success="Logo retiré." className="btn btn--small btn--secondary">Retirer le logo</ActionButton>;
}
