"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZPlan, type Plan, type PlanInput } from "@/lib/domain/accompagnements/schemas";
import { PLAN_ACTION_STATUS_LABELS } from "@/lib/domain/accompagnements/labels";
import { savePlanAction } from "@/lib/actions/accompagnements";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { useCloseDisclosure } from "./disclosure";
import { options } from "./options";

type PlanForm = UseFormReturn<PlanInput, unknown, Plan>;
const EMPTY_ACTION = { id: "", libelle: "", echeance: "", porteur: "", status: "A_FAIRE" } as const;

function Actions({ form, index }: { form: PlanForm; index: number }) {
  const { register, control, formState: { errors } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: `objectifs.${index}.actions` });
  const err = errors.objectifs?.[index]?.actions;
  return (
    <>
      {fields.map((field, j) => (
        <fieldset key={field.id}>
          <legend>Action {j + 1}</legend>
          <TextField label="Action" error={err?.[j]?.libelle?.message} {...register(`objectifs.${index}.actions.${j}.libelle`)} />
          <div className="repeat-row">
            <TextField label="Échéance" type="date" error={err?.[j]?.echeance?.message} {...register(`objectifs.${index}.actions.${j}.echeance`)} />
            <TextField label="Qui porte l'action" list="porteurs-connus" hint="La personne, la travailleuse sociale, un partenaire…"
              error={err?.[j]?.porteur?.message} {...register(`objectifs.${index}.actions.${j}.porteur`)} />
            <SelectField label="Statut" error={err?.[j]?.status?.message} {...register(`objectifs.${index}.actions.${j}.status`)}>
              {options(PLAN_ACTION_STATUS_LABELS)}
            </SelectField>
            <button type="button" className="btn btn--secondary btn--small" onClick={() => remove(j)}>
              Retirer l&apos;action<span className="sr-only"> {j + 1} de l&apos;objectif {index + 1}</span>
            </button>
          </div>
        </fieldset>
      ))}
      {err?.message ? <p className="field-error">{err.message}</p> : null}
      <button type="button" className="btn btn--secondary btn--small" onClick={() => append({ ...EMPTY_ACTION })}>
        Ajouter une action<span className="sr-only"> à l&apos;objectif {index + 1}</span>
      </button>
    </>
  );
}

/** The whole plan in one form: objectives, each with its actions. */
export function PlanForm({ initial }: { initial: PlanInput }) {
  const router = useRouter();
  const close = useCloseDisclosure();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<PlanInput, unknown, Plan>({ resolver: zodResolver(ZPlan), defaultValues: initial });
  const { register, control, formState: { errors, isSubmitting } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "objectifs" });

  async function onSubmit() {
    setFormError(null);
    const result = await savePlanAction(form.getValues());
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    close();
    router.refresh();
  }

  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label="Modifier le plan d'accompagnement">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <datalist id="porteurs-connus">
        {["La personne", "La travailleuse sociale", "Le travailleur social", "La personne et la travailleuse sociale", "Partenaire"].map((p) => <option key={p} value={p} />)}
      </datalist>
      {fields.length === 0 ? <p className="muted">Aucun objectif : ajoutez-en un.</p> : null}
      {fields.map((field, i) => (
        <fieldset key={field.id}>
          <legend>Objectif {i + 1}</legend>
          <TextField label="Objectif" error={errors.objectifs?.[i]?.libelle?.message} {...register(`objectifs.${i}.libelle`)} />
          <Actions form={form} index={i} />
          <div className="actions">
            <button type="button" className="btn btn--danger btn--small" onClick={() => remove(i)}>
              Retirer l&apos;objectif {i + 1} et ses actions
            </button>
          </div>
        </fieldset>
      ))}
      {errors.objectifs?.message ? <p className="field-error">{errors.objectifs.message}</p> : null}
      <button type="button" className="btn btn--secondary btn--small" onClick={() => append({ id: "", libelle: "", actions: [{ ...EMPTY_ACTION }] })}>
        Ajouter un objectif
      </button>
      <div className="actions">
        <button type="submit" className="btn" disabled={isSubmitting}>Enregistrer le plan</button>
      </div>
    </form>
  );
}
