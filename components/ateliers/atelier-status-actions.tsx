"use client";

// Edit, mark as held (once started) or cancel a planned workshop. Cancelling asks once more.
import Link from "next/link";
import { useState } from "react";
import { changeAtelierStatusAction } from "@/lib/actions/ateliers";
import { Alert } from "@/components/ui/alert";
import { useAtelierAction } from "./use-atelier-action";

export function AtelierStatusActions({ id, updatedAt, started }: { id: string; updatedAt: string; started: boolean }) {
  const { pending, error, run } = useAtelierAction();
  const [confirmCancel, setConfirmCancel] = useState(false);
  const change = (to: "REALISE" | "ANNULE") => run(() => changeAtelierStatusAction({ id, updatedAt, to }), to === "REALISE" ? "Atelier marqué réalisé." : "Atelier annulé.");
  return (
    <div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="actions">
        <Link className="btn btn--secondary" href={`/ateliers/${id}/modifier`}>Modifier</Link>
        {started ? <button type="button" className="btn btn--secondary" disabled={pending} onClick={() => change("REALISE")}>Marquer réalisé</button> : null}
        {confirmCancel ? (
          <>
            <button type="button" className="btn btn--danger" disabled={pending} onClick={() => change("ANNULE")}>Confirmer l&apos;annulation</button>
            <button type="button" className="btn btn--secondary" onClick={() => setConfirmCancel(false)}>Ne pas annuler</button>
          </>
        ) : (
          <button type="button" className="btn btn--secondary" disabled={pending} onClick={() => setConfirmCancel(true)}>Annuler l&apos;atelier</button>
        )}
      </div>
    </div>
  );
}
