"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZBudgetaire, type Budgetaire, type BudgetaireInput } from "@/lib/domain/accompagnements/schemas";
import { SURENDETTEMENT_LABELS } from "@/lib/domain/accompagnements/labels";
import { centsToInput, euroAmount } from "@/lib/domain/shared/fields";
import { saveBudgetaireAction } from "@/lib/actions/accompagnements";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { useCloseDisclosure } from "./disclosure";
import { options } from "./options";

const toCents = (v: string | undefined) => {
  const parsed = euroAmount("Mensualité").safeParse(v ?? "");
  return parsed.success ? parsed.data : 0;
};
const signed = (c: number) => (c < 0 ? `-${centsToInput(-c)}` : centsToInput(c));

/**
 * Debts, Banque de France file, and the reste à vivre after plan the worker retains. The figure
 * suggested follows the debts as they are typed: the dossier's disponible minus the repayments.
 */
export function BudgetaireForm({ initial, disponibleAvantCents }: { initial: BudgetaireInput; disponibleAvantCents: number }) {
  const router = useRouter();
  const close = useCloseDisclosure();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<BudgetaireInput, unknown, Budgetaire>({ resolver: zodResolver(ZBudgetaire), defaultValues: initial });
  const { register, control, setValue, formState: { errors, isSubmitting } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "dettes" });
  const dettes = useWatch({ control, name: "dettes" });
  const computedApresPlan = signed(disponibleAvantCents - (dettes ?? []).reduce((s, d) => s + toCents(d?.mensualite), 0));

  async function onSubmit() {
    setFormError(null);
    const result = await saveBudgetaireAction(form.getValues());
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    close();
    router.refresh();
  }

  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label="Modifier le budget et les dettes">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <SelectField label="Dossier de surendettement (Banque de France)" error={errors.surendettement?.message} {...register("surendettement")}>
        {options(SURENDETTEMENT_LABELS)}
      </SelectField>
      <fieldset>
        <legend>Dettes</legend>
        {fields.length === 0 ? <p className="muted">Aucune dette.</p> : null}
        {fields.map((field, i) => (
          <div className="repeat-row" key={field.id}>
            <TextField label={`Créancier ${i + 1}`} error={errors.dettes?.[i]?.creancier?.message} {...register(`dettes.${i}.creancier`)} />
            <TextField label="Restant dû (€)" inputMode="decimal" error={errors.dettes?.[i]?.montant?.message} {...register(`dettes.${i}.montant`)} />
            <TextField label="Mensualité (€)" inputMode="decimal" error={errors.dettes?.[i]?.mensualite?.message} {...register(`dettes.${i}.mensualite`)} />
            <button type="button" className="btn btn--secondary btn--small" onClick={() => remove(i)}>
              Retirer<span className="sr-only"> la dette {i + 1}</span>
            </button>
          </div>
        ))}
        <button type="button" className="btn btn--secondary btn--small" onClick={() => append({ creancier: "", montant: "", mensualite: "" })}>
          Ajouter une dette
        </button>
      </fieldset>
      <TextField label="Reste à vivre mensuel du foyer après plan (€)" inputMode="decimal"
        hint={<>Calcul : disponible du dossier moins les mensualités saisies = {computedApresPlan} €. Peut être négatif (précédé de « - »).</>}
        error={errors.resteAVivreApresPlan?.message} {...register("resteAVivreApresPlan")} />
      <button type="button" className="btn btn--secondary btn--small" onClick={() => setValue("resteAVivreApresPlan", computedApresPlan)}>
        Reprendre le montant calculé
      </button>
      <div className="actions">
        <button type="submit" className="btn" disabled={isSubmitting}>Enregistrer</button>
      </div>
    </form>
  );
}
