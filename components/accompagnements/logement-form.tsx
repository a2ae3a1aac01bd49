"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZLogement, type Logement, type LogementInput } from "@/lib/domain/accompagnements/schemas";
import { STADE_EXPULSION_LABELS } from "@/lib/domain/accompagnements/labels";
import { saveLogementAction } from "@/lib/actions/accompagnements";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { useCloseDisclosure } from "./disclosure";
import { options } from "./options";

export function LogementForm({ initial }: { initial: LogementInput }) {
  const router = useRouter();
  const close = useCloseDisclosure();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<LogementInput, unknown, Logement>({ resolver: zodResolver(ZLogement), defaultValues: initial });
  const { register, control, formState: { errors, isSubmitting } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "etapes" });

  async function onSubmit() {
    setFormError(null);
    const result = await saveLogementAction(form.getValues());
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    close();
    router.refresh();
  }

  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label="Modifier la situation de logement">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="field-row">
        <TextField label="Montant des impayés (€)" inputMode="decimal" error={errors.impayes?.message} {...register("impayes")} />
        <TextField label="Nombre de mois d'impayés" inputMode="numeric" error={errors.impayesMois?.message} {...register("impayesMois")} />
      </div>
      <div className="field-row">
        <TextField label="Numéro unique de demande de logement social" error={errors.numeroUnique?.message} {...register("numeroUnique")} />
        <TextField label="Dossier FSL" hint="Numéro, type (accès, maintien, énergie) et état" error={errors.fslDossier?.message} {...register("fslDossier")} />
      </div>
      <SelectField label="ASLL (accompagnement social lié au logement)" error={errors.asll?.message} {...register("asll")}>
        <option value="">Non renseigné</option>
        <option value="OUI">Oui</option>
        <option value="NON">Non</option>
      </SelectField>
      <fieldset>
        <legend>Procédure d&apos;expulsion</legend>
        {fields.length === 0 ? <p className="muted">Aucune étape.</p> : null}
        {fields.map((field, i) => (
          <div className="repeat-row" key={field.id}>
            <SelectField label={`Étape ${i + 1}`} error={errors.etapes?.[i]?.stade?.message} {...register(`etapes.${i}.stade`)}>
              {options(STADE_EXPULSION_LABELS)}
            </SelectField>
            <TextField label="Date" type="date" error={errors.etapes?.[i]?.date?.message} {...register(`etapes.${i}.date`)} />
            <button type="button" className="btn btn--secondary btn--small" onClick={() => remove(i)}>
              Retirer<span className="sr-only"> l&apos;étape {i + 1}</span>
            </button>
          </div>
        ))}
        <button type="button" className="btn btn--secondary btn--small" onClick={() => append({ stade: "COMMANDEMENT_DE_PAYER", date: "" })}>
          Ajouter une étape
        </button>
      </fieldset>
      <div className="actions">
        <button type="submit" className="btn" disabled={isSubmitting}>Enregistrer</button>
      </div>
    </form>
  );
}
