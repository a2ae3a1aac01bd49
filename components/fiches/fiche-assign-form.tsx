"use client";

// A RESPONSABLE assigns the fiche to any worker of the structure; a travailleur social takes it.
import { useState } from "react";
import { assignFicheAction } from "@/lib/actions/fiches";
import { SelectField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { useFicheAction } from "./use-fiche-action";

export type Worker = { id: string; firstName: string; lastName: string };

type Props = { ficheId: string; actorId: string; isResponsable: boolean; assigneeId: string | null; workers: Worker[] };

export function AssignForm({ ficheId, actorId, isResponsable, assigneeId, workers }: Props) {
  const { pending, error, run } = useFicheAction();
  const [chosen, setChosen] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const assign = async (assigneeId: string) => {
    const result = await run(() => assignFicheAction({ ficheId, assigneeId }), "Fiche attribuée.");
    setFieldError(result.ok ? undefined : result.fieldErrors.assigneeId);
    if (result.ok) setChosen("");
  };
  if (!isResponsable) {
    if (assigneeId === actorId) return null;
    return (
      <div className="actions" style={{ marginTop: ".5rem" }}>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <button type="button" className="btn btn--secondary" disabled={pending} onClick={() => assign(actorId)}>Prendre cette fiche</button>
      </div>
    );
  }
  return (
    <fieldset>
      <legend>Attribuer la fiche</legend>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="repeat-row">
        <SelectField label="Travailleur social" value={chosen} error={fieldError} onChange={(e) => setChosen(e.target.value)}>
          <option value="">Choisir…</option>
          {workers.filter((w) => w.id !== assigneeId).map((w) => <option key={w.id} value={w.id}>{w.lastName} {w.firstName}{w.id === actorId ? " (vous)" : ""}</option>)}
        </SelectField>
        <button type="button" className="btn btn--small" disabled={!chosen || pending} onClick={() => assign(chosen)}>Attribuer</button>
      </div>
    </fieldset>
  );
}
