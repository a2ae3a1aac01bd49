"use client";

import { setUsagerStatusAction } from "@/lib/actions/usagers";
import { ActionButton } from "@/components/forms/action-button";

type Status = "ACTIF" | "INACTIF" | "ARCHIVE";

export function StatusActions({ usagerId, status, canArchive }: { usagerId: string; status: Status; canArchive: boolean }) {
  const set = (next: Status, label: string, className = "btn btn--secondary") => (
    <ActionButton action={setUsagerStatusAction} fields={{ usagerId, status: next }} className={className}>{label}</ActionButton>
  );
  return (
    <section className="card" aria-labelledby="statut">
      <h2 id="statut">Statut du dossier</h2>
      {status === "ACTIF" ? <p>Le dossier est actif. Marquez-le inactif quand l&apos;accompagnement s&apos;arrête sans clôture définitive.</p> : null}
      {status === "INACTIF" ? <p>Le dossier est inactif : il reste consultable et peut être réactivé.</p> : null}
      {status === "ARCHIVE" ? <p>Le dossier est archivé : il n&apos;est plus modifiable. Son anonymisation suit les règles de conservation.</p> : null}
      <div className="actions">
        {status === "ACTIF" ? set("INACTIF", "Marquer inactif") : null}
        {status === "INACTIF" ? set("ACTIF", "Réactiver") : null}
        {canArchive && status !== "ARCHIVE" ? set("ARCHIVE", "Archiver le dossier", "btn btn--danger") : null}
        {canArchive && status === "ARCHIVE" ? set("INACTIF", "Sortir des archives") : null}
      </div>
    </section>
  );
}
