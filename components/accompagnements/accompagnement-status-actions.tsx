"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { changeAccompagnementStatusAction } from "@/lib/actions/accompagnements";
import { MOTIF_CLOTURE_LABELS, type AccompagnementStatus } from "@/lib/domain/accompagnements/labels";
import { nextAccompagnementStatuses, transitionLabel } from "@/lib/domain/accompagnements/status-machine";
import { SelectField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { options } from "./options";

/** The transitions the state machine allows from here; closing asks for the motif first. */
export function AccompagnementStatusActions({ id, version, status }: { id: string; version: number; status: AccompagnementStatus }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [closing, setClosing] = useState(false);
  const [motif, setMotif] = useState("");
  const [precision, setPrecision] = useState("");
  const next = nextAccompagnementStatuses(status);

  const run = (to: AccompagnementStatus) =>
    start(async () => {
      setError(null);
      setFieldErrors({});
      const result = await changeAccompagnementStatusAction({ id, version, to, motifCloture: to === "CLOS" ? motif : "", precisionCloture: to === "CLOS" ? precision : "" });
      if (!result.ok) {
        setError(result.formError);
        setFieldErrors(result.fieldErrors);
      } else {
        setClosing(false);
        router.refresh();
      }
    });

  if (next.length === 0) return <p>Cet accompagnement est clos : son statut ne change plus.</p>;
  return (
    <div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="actions" style={{ marginTop: 0 }}>
        {next.filter((s) => s !== "CLOS").map((to) => (
          <button key={to} type="button" className="btn btn--small" disabled={pending} onClick={() => run(to)}>{transitionLabel(status, to)}</button>
        ))}
        {next.includes("CLOS") && !closing ? (
          <button type="button" className="btn btn--secondary btn--small" disabled={pending} onClick={() => setClosing(true)}>{transitionLabel(status, "CLOS")}</button>
        ) : null}
      </div>
      {closing ? (
        <form className="form" style={{ marginTop: "1rem" }} aria-label="Clore l'accompagnement" onSubmit={(e) => { e.preventDefault(); run("CLOS"); }}>
          <SelectField label="Motif de clôture" value={motif} onChange={(e) => setMotif(e.target.value)} error={fieldErrors.motifCloture}>
            <option value="">Choisir…</option>
            {options(MOTIF_CLOTURE_LABELS)}
          </SelectField>
          <TextField label="Précision" hint="Facultative, sauf pour « Autre motif ». Restez factuel : la personne peut lire son dossier."
            value={precision} maxLength={500} onChange={(e) => setPrecision(e.target.value)} error={fieldErrors.precisionCloture} />
          <div className="actions">
            <button type="submit" className="btn btn--danger" disabled={pending}>Confirmer la clôture</button>
            <button type="button" className="btn btn--secondary" onClick={() => setClosing(false)}>Annuler</button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
