"use client";

// The next steps of an orientation, as the state machine allows them from its current status, and
// the partner's relaunch while it has not answered. The server checks the same rules again.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZOrientationStatusChange, type OrientationStatusChange, type OrientationStatusChangeInput } from "@/lib/domain/orientations/schemas";
import { nextOrientationStatuses, PENDING_STATUSES, TRANSITION_LABELS } from "@/lib/domain/orientations/status-machine";
import type { OrientationStatus } from "@/lib/domain/orientations/labels";
import { changeOrientationStatusAction, recordOrientationRelanceAction } from "@/lib/actions/orientations";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";

export function OrientationStatusActions({ orientationId, status, today }: { orientationId: string; status: OrientationStatus; today: string }) {
  const router = useRouter();
  const next = nextOrientationStatuses(status);
  const [formError, setFormError] = useState<string | null>(null);
  const [relanceMessage, setRelanceMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [relanceDate, setRelanceDate] = useState(today);
  const form = useForm<OrientationStatusChangeInput, unknown, OrientationStatusChange>({
    resolver: zodResolver(ZOrientationStatusChange),
    defaultValues: { orientationId, to: next[0] ?? status, date: today, motifRefus: "" },
  });
  const { register, control, formState: { errors, isSubmitting } } = form;
  const to = useWatch({ control, name: "to" });

  if (next.length === 0) return <p>Cette orientation est terminée : son statut ne change plus.</p>;

  async function onSubmit() {
    setFormError(null);
    const result = await changeOrientationStatusAction(form.getValues());
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    // The page gives this component key={status}: the new status remounts it with fresh values.
    router.refresh();
  }

  async function relancer() {
    setRelanceMessage(null);
    const result = await recordOrientationRelanceAction({ orientationId, date: relanceDate });
    setRelanceMessage(result.ok ? { ok: true, text: "Relance enregistrée." } : { ok: false, text: result.fieldErrors.date ?? result.formError });
    if (result.ok) router.refresh();
  }

  return (
    <>
      <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label="Changer le statut">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <div className="field-row">
          <SelectField label="Étape suivante" error={errors.to?.message} {...register("to")}>
            {next.map((s) => <option key={s} value={s}>{TRANSITION_LABELS[s]}</option>)}
          </SelectField>
          <TextField label="Date" type="date" max={today} error={errors.date?.message} {...register("date")} />
        </div>
        {to === "REFUSEE" ? <TextAreaField label="Motif du refus" rows={2} error={errors.motifRefus?.message} {...register("motifRefus")} /> : null}
        <div className="actions" style={{ marginTop: 0 }}>
          <button type="submit" className="btn" disabled={isSubmitting}>Enregistrer</button>
        </div>
      </form>
      {PENDING_STATUSES.includes(status) ? (
        <div style={{ marginTop: "1rem" }}>
          <h3>Relance du partenaire</h3>
          {relanceMessage ? <Alert tone={relanceMessage.ok ? "success" : "error"}>{relanceMessage.text}</Alert> : null}
          <div className="field-row" style={{ alignItems: "end" }}>
            <TextField label="Date de relance" type="date" max={today} value={relanceDate} onChange={(e) => setRelanceDate(e.target.value)} />
            <div className="field"><button type="button" className="btn btn--secondary" onClick={relancer}>Enregistrer une relance</button></div>
          </div>
        </div>
      ) : null}
    </>
  );
}
