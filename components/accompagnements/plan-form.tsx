"use client";

import { useFieldArray } from "react-hook-form";
import { ZPlan, type PlanInput } from "@/lib/domain/accompagnements/schemas";
import { PLAN_ACTION_STATUS_LABELS } from "@/lib/domain/accompagnements/labels";
import { savePlanAction } from "@/lib/actions/accompagnements";
import { useActionForm, type ActionFormApi } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { Disclosure } from "./disclosure";
import { options } from "./options";

type PlanForm = ActionFormApi<typeof ZPlan>;
const EMPTY_ACTION = { id: "", libelle: "", echeance: "", porteur: "", status: "A_FAIRE" } as const;

function Actions({ f, index }: { f: PlanForm; index: number }) {
  const { fields, append, remove } = useFieldArray({ control: f.form.control, name: `objectifs.${index}.actions` });
  const listError = f.error(`objectifs.${index}.actions`);
  return (
    <>
      {fields.map((field, j) => (
        <fieldset key={field.id}>
          <legend>Action {j + 1}</legend>
          <input type="hidden" {...f.field(`objectifs.${index}.actions.${j}.id`)} />
          <TextField label="Action" {...f.field(`objectifs.${index}.actions.${j}.libelle`)} />
          <div className="repeat-row">
            <TextField label="Échéance" type="date" {...f.field(`objectifs.${index}.actions.${j}.echeance`)} />
            <TextField label="Qui porte l'action" list="porteurs-connus" hint="La personne, la travailleuse sociale, un partenaire…"
              {...f.field(`objectifs.${index}.actions.${j}.porteur`)} />
            <SelectField label="Statut" {...f.field(`objectifs.${index}.actions.${j}.status`)}>
              {options(PLAN_ACTION_STATUS_LABELS)}
            </SelectField>
            <button type="button" className="btn btn--secondary btn--small" onClick={() => remove(j)}>
              Retirer l&apos;action<span className="sr-only"> {j + 1} de l&apos;objectif {index + 1}</span>
            </button>
          </div>
        </fieldset>
      ))}
      {listError ? <p className="field-error">{listError}</p> : null}
      <button type="button" className="btn btn--secondary btn--small" onClick={() => append({ ...EMPTY_ACTION })}>
        Ajouter une action<span className="sr-only"> à l&apos;objectif {index + 1}</span>
      </button>
    </>
  );
}

/** The whole plan in one form: objectives, each with its actions (`objectifs.0.actions.1.libelle`). */
export function PlanForm({ label, initial }: { label: string; initial: PlanInput }) {
  const f = useActionForm({ schema: ZPlan, action: savePlanAction, defaultValues: initial });
  const { fields, append, remove } = useFieldArray({ control: f.form.control, name: "objectifs" });
  const listError = f.error("objectifs");
  return (
    <Disclosure label={label} defaultOpen={!f.interactive && f.formError !== null}>
      <ActionForm handle={f} aria-label="Modifier le plan d'accompagnement">
        <input type="hidden" {...f.field("id")} />
        <input type="hidden" {...f.field("version")} />
        <datalist id="porteurs-connus">
          {["La personne", "La travailleuse sociale", "Le travailleur social", "La personne et la travailleuse sociale", "Partenaire"].map((p) => <option key={p} value={p} />)}
        </datalist>
        {fields.length === 0 ? <p className="muted">Aucun objectif : ajoutez-en un.</p> : null}
        {fields.map((field, i) => (
          <fieldset key={field.id}>
            <legend>Objectif {i + 1}</legend>
            <input type="hidden" {...f.field(`objectifs.${i}.id`)} />
            <TextField label="Objectif" {...f.field(`objectifs.${i}.libelle`)} />
            <Actions f={f} index={i} />
            <div className="actions">
              <button type="button" className="btn btn--danger btn--small" onClick={() => remove(i)}>
                Retirer l&apos;objectif {i + 1} et ses actions
              </button>
            </div>
          </fieldset>
        ))}
        {listError ? <p className="field-error">{listError}</p> : null}
        <button type="button" className="btn btn--secondary btn--small" onClick={() => append({ id: "", libelle: "", actions: [{ ...EMPTY_ACTION }] })}>
          Ajouter un objectif
        </button>
        <div className="actions">
          <SubmitButton handle={f}>Enregistrer le plan</SubmitButton>
        </div>
      </ActionForm>
    </Disclosure>
  );
}
