"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZDomiciliationDecision, type DomiciliationDecision, type DomiciliationDecisionInput } from "@/lib/domain/domiciliation/schemas";
import { MOTIF_REFUS_LABELS } from "@/lib/domain/domiciliation/labels";
import { decideDomiciliationAction } from "@/lib/actions/domiciliation";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { options } from "@/components/accompagnements/options";
import { Alert } from "@/components/ui/alert";

export function DomiciliationDecisionForm({ id, updatedAt, today }: { id: string; updatedAt: string; today: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<DomiciliationDecisionInput, unknown, DomiciliationDecision>({
    resolver: zodResolver(ZDomiciliationDecision),
    defaultValues: { id, updatedAt, decision: "ACCORDEE", decisionLe: today, debut: today, motifRefus: "", motifRefusTexte: "" },
  });
  const { register, formState: { errors, isSubmitting } } = form;
  const decision = useWatch({ control: form.control, name: "decision" });
  async function onSubmit() {
    setFormError(null);
    const result = await decideDomiciliationAction(form.getValues());
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    router.refresh();
  }
  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset className={errors.decision ? "field field--error" : "field"}>
        <legend>Décision</legend>
        <label className="checkbox"><input type="radio" value="ACCORDEE" {...register("decision")} /> Accorder la domiciliation (un an)</label>
        <label className="checkbox"><input type="radio" value="REFUSEE" {...register("decision")} /> Refuser</label>
        {errors.decision ? <p className="field-error">{errors.decision.message}</p> : null}
      </fieldset>
      <div className="field-row">
        <TextField label="Date de la décision" type="date" error={errors.decisionLe?.message} {...register("decisionLe")} />
        {decision === "ACCORDEE" ? <TextField label="Début de la domiciliation" type="date" error={errors.debut?.message} {...register("debut")} /> : null}
      </div>
      {decision === "REFUSEE" ? (
        <>
          <SelectField label="Motif du refus" error={errors.motifRefus?.message} {...register("motifRefus")}>
            <option value="">Choisir…</option>
            {options(MOTIF_REFUS_LABELS)}
          </SelectField>
          <TextAreaField label="Motif rédigé (figure sur le courrier)" rows={3} error={errors.motifRefusTexte?.message} {...register("motifRefusTexte")} />
        </>
      ) : null}
      <div className="actions"><button type="submit" className="btn" disabled={isSubmitting}>Enregistrer la décision</button></div>
    </form>
  );
}
