"use client";

// A RESPONSABLE assigns the fiche to any worker of the structure; a travailleur social takes it.
import { assignFicheAction } from "@/lib/actions/fiches";
import { ZFicheAssign } from "@/lib/domain/fiches/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { ActionButton } from "@/components/forms/action-button";
import { SelectField } from "@/components/forms/field";

export type Worker = { id: string; firstName: string; lastName: string };

type Props = { ficheId: string; actorId: string; isResponsable: boolean; assigneeId: string | null; workers: Worker[] };

export function AssignForm({ ficheId, actorId, isResponsable, assigneeId, workers }: Props) {
  if (!isResponsable) {
    if (assigneeId === actorId) return null;
    return (
      <div className="actions" style={{ marginTop: ".5rem" }}>
        <ActionButton action={assignFicheAction} fields={{ ficheId, assigneeId: actorId }} className="btn btn--secondary" success="Fiche attribuée.">
          Prendre cette fiche
        </ActionButton>
      </div>
    );
  }
  // A new assignee changes the list: the key starts the choice again.
  return <ChooseWorker key={assigneeId ?? ""} ficheId={ficheId} actorId={actorId} workers={workers.filter((w) => w.id !== assigneeId)} />;
}

function ChooseWorker({ ficheId, actorId, workers }: { ficheId: string; actorId: string; workers: Worker[] }) {
  const f = useActionForm({ schema: ZFicheAssign, action: assignFicheAction, defaultValues: { ficheId, assigneeId: "" } });
  return (
    <ActionForm handle={f} className="">
      <fieldset>
        <legend>Attribuer la fiche</legend>
        <input type="hidden" {...f.field("ficheId")} />
        <div className="repeat-row">
          <SelectField label="Travailleur social" {...f.field("assigneeId")}>
            <option value="">Choisir…</option>
            {workers.map((w) => <option key={w.id} value={w.id}>{w.lastName} {w.firstName}{w.id === actorId ? " (vous)" : ""}</option>)}
          </SelectField>
          <SubmitButton handle={f} className="btn btn--small">Attribuer</SubmitButton>
        </div>
      </fieldset>
    </ActionForm>
  );
}
