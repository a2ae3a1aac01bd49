"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { setUsagerStatusAction } from "@/lib/actions/usagers";
import { Alert } from "@/components/ui/alert";

type Status = "ACTIF" | "INACTIF" | "ARCHIVE";

export function StatusActions({ usagerId, status, canArchive }: { usagerId: string; status: Status; canArchive: boolean }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const set = (next: Status) =>
    start(async () => {
      setError(null);
      const result = await setUsagerStatusAction({ usagerId, status: next });
      if (!result.ok) setError(result.formError);
      else router.refresh();
    });

  return (
    <section className="card" aria-labelledby="statut">
      <h2 id="statut">Statut du dossier</h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {status === "ACTIF" ? <p>Le dossier est actif. Marquez-le inactif quand l&apos;accompagnement s&apos;arrête sans clôture définitive.</p> : null}
      {status === "INACTIF" ? <p>Le dossier est inactif : il reste consultable et peut être réactivé.</p> : null}
      {status === "ARCHIVE" ? <p>Le dossier est archivé : il n&apos;est plus modifiable. Son anonymisation suit les règles de conservation.</p> : null}
      <div className="actions">
        {status === "ACTIF" ? <button type="button" className="btn btn--secondary" disabled={pending} onClick={() => set("INACTIF")}>Marquer inactif</button> : null}
        {status === "INACTIF" ? <button type="button" className="btn btn--secondary" disabled={pending} onClick={() => set("ACTIF")}>Réactiver</button> : null}
        {canArchive && status !== "ARCHIVE" ? <button type="button" className="btn btn--danger" disabled={pending} onClick={() => set("ARCHIVE")}>Archiver le dossier</button> : null}
        {canArchive && status === "ARCHIVE" ? <button type="button" className="btn btn--secondary" disabled={pending} onClick={() => set("INACTIF")}>Sortir des archives</button> : null}
      </div>
    </section>
  );
}
