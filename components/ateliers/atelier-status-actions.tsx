"use client";

// Edit, mark as held (once started) or cancel a planned workshop. Cancelling asks once more.
import Link from "next/link";
import { changeAtelierStatusAction } from "@/lib/actions/ateliers";
import { ActionButton } from "@/components/forms/action-button";

export function AtelierStatusActions({ id, updatedAt, started }: { id: string; updatedAt: string; started: boolean }) {
  return (
    <div className="actions">
      <Link className="btn btn--secondary" href={`/ateliers/${id}/modifier`}>Modifier</Link>
      {started ? (
        <ActionButton action={changeAtelierStatusAction} fields={{ id, updatedAt, to: "REALISE" }} className="btn btn--secondary" success="Atelier marqué réalisé.">
          Marquer réalisé
        </ActionButton>
      ) : null}
      <ActionButton action={changeAtelierStatusAction} fields={{ id, updatedAt, to: "ANNULE" }} className="btn btn--secondary" confirmClassName="btn btn--danger"
        confirm="Annuler cet atelier ? Son statut ne changera plus." confirmLabel={<>Confirmer l&apos;annulation</>} success="Atelier annulé.">
        Annuler l&apos;atelier
      </ActionButton>
    </div>
  );
}
