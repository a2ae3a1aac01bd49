"use client";

// Outcome buttons (only those the status machine allows) and the move form of a rendez-vous.
import { ZRendezVousMove } from "@/lib/domain/agenda/schemas";
import type { RendezVousStatus } from "@/lib/domain/agenda/labels";
import { moveRendezVousAction, setRendezVousStatusAction } from "@/lib/actions/agenda";
import { ActionButton } from "@/components/forms/action-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";

const BUTTONS: Record<string, { label: string; done: string; className: string }> = {
  HONORE: { label: "Marquer honoré", done: "Rendez-vous honoré.", className: "btn" },
  EXCUSE: { label: "Excusé", done: "Rendez-vous excusé.", className: "btn btn--secondary" },
  NON_VENU: { label: "Non venu", done: "Absence enregistrée.", className: "btn btn--secondary" },
  ANNULE: { label: "Annuler le rendez-vous", done: "Rendez-vous annulé.", className: "btn btn--danger" },
};

type Props = { id: string; version: number; status: RendezVousStatus; allowed: RendezVousStatus[]; date: string; debut: string; fin: string };

export function RendezVousActions({ id, version, status, allowed, date, debut, fin }: Props) {
  if (status !== "PREVU") return null;
  return (
    <section className="card" aria-labelledby="rdv-actions">
      <h2 id="rdv-actions">Suite du rendez-vous</h2>
      <div className="actions">
        {allowed.map((s) => (
          <ActionButton key={s} action={setRendezVousStatusAction} fields={{ rendezVousId: id, version: String(version), status: s }}
            className={BUTTONS[s]!.className} success={BUTTONS[s]!.done}>
            {BUTTONS[s]!.label}
          </ActionButton>
        ))}
      </div>
      <MoveForm id={id} version={version} date={date} debut={debut} fin={fin} />
    </section>
  );
}

function MoveForm({ id, version, date, debut, fin }: { id: string; version: number; date: string; debut: string; fin: string }) {
  const f = useActionForm({ schema: ZRendezVousMove, action: moveRendezVousAction, defaultValues: { rendezVousId: id, version, date, debut, fin } });
  return (
    <ActionForm handle={f} className="" success="Rendez-vous déplacé.">
      <fieldset>
        <legend>Déplacer</legend>
        {/* From the page, not the form's first render: the version moves on with each change. */}
        <input type="hidden" name="rendezVousId" value={id} />
        <input type="hidden" name="version" value={version} />
        <div className="field-row">
          <TextField label="Nouvelle date" type="date" {...f.field("date")} />
          <TextField label="Début" type="time" step={300} {...f.field("debut")} />
          <TextField label="Fin" type="time" step={300} {...f.field("fin")} />
        </div>
        <SubmitButton handle={f} className="btn btn--secondary">Déplacer le rendez-vous</SubmitButton>
      </fieldset>
    </ActionForm>
  );
}
