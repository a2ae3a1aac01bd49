"use client";

import { useFieldArray, useWatch } from "react-hook-form";
import { SelectField, TextField } from "@/components/forms/field";
import { CHARGE_TYPES, RESSOURCE_TYPES } from "@/lib/domain/usagers/budget-types";
import type { UsagerForm } from "./usager-form-types";

export function BudgetSection({ form }: { form: UsagerForm }) {
  const { register, control, formState: { errors } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "budget" });
  const lines = useWatch({ control, name: "budget" });
  const foyer = useWatch({ control, name: "foyer" });
  return (
    <fieldset>
      <legend>Ressources et charges mensuelles</legend>
      <p className="hint">Montants par mois, en euros. Le reste à vivre est calculé sur la page du dossier.</p>
      {fields.map((field, i) => {
        const kind = lines?.[i]?.kind ?? "RESSOURCE";
        const types = kind === "RESSOURCE" ? RESSOURCE_TYPES : CHARGE_TYPES;
        const err = errors.budget?.[i];
        return (
          <fieldset key={field.id}>
            <legend>Ligne n° {i + 1}</legend>
            <div className="repeat-row">
              <SelectField label="Personne" error={err?.membre?.message} {...register(`budget.${i}.membre`)}>
                <option value="">La personne suivie</option>
                {(foyer ?? []).map((m, j) => (
                  <option key={j} value={String(j)}>{`${m.prenom || "Membre"} ${m.nom || `n° ${j + 1}`}`}</option>
                ))}
              </SelectField>
              <SelectField label="Nature" error={err?.kind?.message} {...register(`budget.${i}.kind`, {
                onChange: (e) => form.setValue(`budget.${i}.type`, e.target.value === "RESSOURCE" ? "SALAIRE" : "LOYER"),
              })}>
                <option value="RESSOURCE">Ressource</option>
                <option value="CHARGE">Charge</option>
              </SelectField>
              <SelectField label="Type" error={err?.type?.message} {...register(`budget.${i}.type`)}>
                {Object.entries(types).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
              </SelectField>
              <TextField label="Montant mensuel (€)" inputMode="decimal" error={err?.montant?.message} {...register(`budget.${i}.montant`)} />
              <button type="button" className="btn btn--secondary btn--small" onClick={() => remove(i)}>Retirer la ligne</button>
            </div>
          </fieldset>
        );
      })}
      <div className="actions">
        <button type="button" className="btn btn--secondary btn--small" onClick={() => append({ membre: "", kind: "RESSOURCE", type: "SALAIRE", montant: "" })}>
          Ajouter une ressource
        </button>
        <button type="button" className="btn btn--secondary btn--small" onClick={() => append({ membre: "", kind: "CHARGE", type: "LOYER", montant: "" })}>
          Ajouter une charge
        </button>
      </div>
    </fieldset>
  );
}
