"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { PRIORITE_LABELS, PROPOSITION_LABELS, ZDiagnostic, type Diagnostic, type DiagnosticInput } from "@/lib/domain/diagnostics/schemas";
import { DOMAINE_LABELS } from "@/lib/domain/entretiens/labels";
import { DROIT_OUVERT_LABELS } from "@/lib/domain/usagers/labels";
import { createDiagnosticAction } from "@/lib/actions/diagnostics";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";

export function DiagnosticForm({ usagerId, defaults }: { usagerId: string; defaults: DiagnosticInput }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<DiagnosticInput, unknown, Diagnostic>({ resolver: zodResolver(ZDiagnostic), defaultValues: defaults });
  const { register, formState: { errors, isSubmitting } } = form;

  async function onSubmit() {
    setFormError(null);
    const result = await createDiagnosticAction(form.getValues());
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    router.push(`/usagers/${usagerId}#diagnostic`);
    router.refresh();
  }

  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {errors.domaines?.root?.message || errors.domaines?.message ? (
        <Alert tone="error">{errors.domaines?.root?.message ?? errors.domaines?.message}</Alert>
      ) : null}
      <TextField label="Date du diagnostic" type="date" error={errors.date?.message} {...register("date")} />
      {defaults.domaines.map((d, i) => (
        <fieldset key={d.domaine}>
          <legend>{DOMAINE_LABELS[d.domaine as keyof typeof DOMAINE_LABELS]}</legend>
          <input type="hidden" {...register(`domaines.${i}.domaine`)} />
          <div className="field-row">
            <TextAreaField label="Situation" rows={2} error={errors.domaines?.[i]?.situation?.message} {...register(`domaines.${i}.situation`)} />
            <TextAreaField label="Besoins" rows={2} error={errors.domaines?.[i]?.besoins?.message} {...register(`domaines.${i}.besoins`)} />
          </div>
          <SelectField label="Priorité" error={errors.domaines?.[i]?.priorite?.message} {...register(`domaines.${i}.priorite`)}>
            {Object.entries(PRIORITE_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </SelectField>
        </fieldset>
      ))}
      <fieldset>
        <legend>Droits probablement non ouverts</legend>
        <div className="checkbox-grid">
          {Object.entries(DROIT_OUVERT_LABELS).map(([v, l]) => (
            <label key={v} className="checkbox"><input type="checkbox" value={v} {...register("droitsNonOuverts")} /><span>{l}</span></label>
          ))}
        </div>
      </fieldset>
      <TextAreaField label="Conclusion" rows={5} error={errors.conclusion?.message} {...register("conclusion")} />
      <fieldset>
        <legend>Propositions</legend>
        {Object.entries(PROPOSITION_LABELS).map(([v, l]) => (
          <label key={v} className="checkbox"><input type="checkbox" value={v} {...register("propositions")} /><span>{l}</span></label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" className="btn" disabled={isSubmitting}>Enregistrer le diagnostic</button>
      </div>
    </form>
  );
}
