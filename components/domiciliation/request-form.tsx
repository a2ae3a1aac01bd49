"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZDomiciliationRequest, type DomiciliationRequest, type DomiciliationRequestInput } from "@/lib/domain/domiciliation/schemas";
import { LIEN_COMMUNE_LABELS } from "@/lib/domain/domiciliation/labels";
import { requestDomiciliationAction } from "@/lib/actions/domiciliation";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";

export type Option = { id: string; label: string };

export function DomiciliationRequestForm({ usagerId, today, membres, accompagnements }: { usagerId: string; today: string; membres: Option[]; accompagnements: Option[] }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<DomiciliationRequestInput, unknown, DomiciliationRequest>({
    resolver: zodResolver(ZDomiciliationRequest),
    defaultValues: { usagerId, demandeLe: today, accuseReceptionLe: today, liens: [], lienPrecision: "", membresCouverts: [], accompagnementId: "" },
  });
  const { register, formState: { errors, isSubmitting } } = form;

  async function onSubmit() {
    setFormError(null);
    const result = await requestDomiciliationAction(form.getValues());
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    router.refresh();
  }

  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="field-row">
        <TextField label="Date de la demande" type="date" error={errors.demandeLe?.message} {...register("demandeLe")} />
        <TextField label="Accusé de réception remis le" type="date" error={errors.accuseReceptionLe?.message} {...register("accuseReceptionLe")} />
      </div>
      <fieldset className={errors.liens ? "field field--error" : "field"} aria-describedby={errors.liens ? "liens-error" : undefined}>
        <legend>Lien avec la commune</legend>
        {Object.entries(LIEN_COMMUNE_LABELS).map(([value, label]) => (
          <label key={value} className="checkbox"><input type="checkbox" value={value} {...register("liens")} /> {label}</label>
        ))}
        {errors.liens ? <p className="field-error" id="liens-error">{errors.liens.message}</p> : null}
      </fieldset>
      <TextField label="Précision sur le lien" hint="Facultatif et factuel : depuis quand, où, avec quel suivi." error={errors.lienPrecision?.message} {...register("lienPrecision")} />
      {membres.length > 0 ? (
        <fieldset className="field">
          <legend>Personnes du foyer également couvertes</legend>
          {membres.map((m) => (
            <label key={m.id} className="checkbox"><input type="checkbox" value={m.id} {...register("membresCouverts")} /> {m.label}</label>
          ))}
          {errors.membresCouverts ? <p className="field-error">{errors.membresCouverts.message}</p> : null}
        </fieldset>
      ) : null}
      <SelectField label="Accompagnement lié" error={errors.accompagnementId?.message} {...register("accompagnementId")}>
        <option value="">Aucun</option>
        {accompagnements.map((a) => <option key={a.id} value={a.id}>{a.label}</option>)}
      </SelectField>
      <div className="actions">
        <button type="submit" className="btn" disabled={isSubmitting}>Enregistrer la demande</button>
      </div>
    </form>
  );
}
