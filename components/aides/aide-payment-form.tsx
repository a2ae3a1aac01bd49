"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZAidePayment, type AidePayment, type AidePaymentInput } from "@/lib/domain/aides/schemas";
import { MODE_PAIEMENT_LABELS } from "@/lib/domain/aides/labels";
import { recordAidePaymentAction } from "@/lib/actions/aides";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { options } from "@/components/accompagnements/options";

/** Payment of a granted aid: how and when (a correction overwrites the previous one). */
export function AidePaymentForm({ initial }: { initial: DefaultValues<AidePaymentInput> }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<AidePaymentInput, unknown, AidePayment>({ resolver: zodResolver(ZAidePayment), defaultValues: initial });
  const { register, formState: { errors, isSubmitting } } = form;

  async function onSubmit() {
    setFormError(null);
    const result = await recordAidePaymentAction(form.getValues());
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    router.refresh();
  }

  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label="Paiement">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="field-row">
        <SelectField label="Mode de paiement" error={errors.modePaiement?.message} {...register("modePaiement")}>
          <option value="">Choisir…</option>
          {options(MODE_PAIEMENT_LABELS)}
        </SelectField>
        <TextField label="Date de paiement" type="date" error={errors.payeLe?.message} {...register("payeLe")} />
      </div>
      <div className="actions">
        <button type="submit" className="btn" disabled={isSubmitting}>Enregistrer le paiement</button>
      </div>
    </form>
  );
}
