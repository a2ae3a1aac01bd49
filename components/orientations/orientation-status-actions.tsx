"use client";

// The next steps of an orientation, as the state machine allows them from its current status, and
// the partner's relaunch while it has not answered. The server checks the same rules again.
import { useWatch } from "react-hook-form";
import { ZOrientationRelance, ZOrientationStatusChange } from "@/lib/domain/orientations/schemas";
import { nextOrientationStatuses, PENDING_STATUSES, TRANSITION_LABELS } from "@/lib/domain/orientations/status-machine";
import type { OrientationStatus } from "@/lib/domain/orientations/labels";
import { changeOrientationStatusAction, recordOrientationRelanceAction } from "@/lib/actions/orientations";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";

/** The page gives this component key={status…}: the new status remounts it with fresh values. */
export function OrientationStatusActions({ orientationId, status, today }: { orientationId: string; status: OrientationStatus; today: string }) {
  const next = nextOrientationStatuses(status);
  if (next.length === 0) return <p>Cette orientation est terminée : son statut ne change plus.</p>;
  return (
    <>
      <StatusForm orientationId={orientationId} next={next} today={today} />
      {PENDING_STATUSES.includes(status) ? <RelanceForm orientationId={orientationId} today={today} /> : null}
    </>
  );
}

function StatusForm({ orientationId, next, today }: { orientationId: string; next: readonly OrientationStatus[]; today: string }) {
  const f = useActionForm({
    schema: ZOrientationStatusChange,
    action: changeOrientationStatusAction,
    defaultValues: { orientationId, to: next[0], date: today, motifRefus: "" },
  });
  const to = useWatch({ control: f.form.control, name: "to" });
  return (
    <ActionForm handle={f} aria-label="Changer le statut">
      <input type="hidden" {...f.field("orientationId")} />
      <div className="field-row">
        <SelectField label="Étape suivante" {...f.field("to")}>
          {next.map((s) => <option key={s} value={s}>{TRANSITION_LABELS[s]}</option>)}
        </SelectField>
        <TextField label="Date" type="date" max={today} {...f.field("date")} />
      </div>
      {/* Without JavaScript it shows whatever the step: the server reads the step. */}
      <div hidden={f.interactive && to !== "REFUSEE"}><TextAreaField label="Motif du refus" rows={2} {...f.field("motifRefus")} /></div>
      <div className="actions" style={{ marginTop: 0 }}>
        <SubmitButton handle={f}>Enregistrer</SubmitButton>
      </div>
    </ActionForm>
  );
}

function RelanceForm({ orientationId, today }: { orientationId: string; today: string }) {
  const f = useActionForm({ schema: ZOrientationRelance, action: recordOrientationRelanceAction, defaultValues: { orientationId, date: today } });
  return (
    <div style={{ marginTop: "1rem" }}>
      <h3>Relance du partenaire</h3>
      <ActionForm handle={f} className="" success="Relance enregistrée.">
        <input type="hidden" {...f.field("orientationId")} />
        <div className="field-row" style={{ alignItems: "end" }}>
          <TextField label="Date de relance" type="date" max={today} {...f.field("date")} />
          <div className="field"><SubmitButton handle={f} className="btn btn--secondary">Enregistrer une relance</SubmitButton></div>
        </div>
      </ActionForm>
    </div>
  );
}
