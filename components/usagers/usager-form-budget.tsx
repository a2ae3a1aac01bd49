"use client";

import { useFieldArray, useWatch } from "react-hook-form";
import { SelectField, TextField } from "@/components/forms/field";
import { CHARGE_TYPES, RESSOURCE_TYPES } from "@/lib/domain/usagers/budget-types";
import type { UsagerForm } from "./usager-form-types";

export function BudgetSection({ f }: { f: UsagerForm }) {
  const { control } = f.form;
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
        const kindField = f.field(`budget.${i}.kind`);
        return (
          <fieldset key={field.id}>
            <legend>Ligne n° {i + 1}</legend>
            <div className="repeat-row">
              <SelectField label="Personne" {...f.field(`budget.${i}.membre`)}>
                <option value="">La personne suivie</option>
                {(foyer ?? []).map((m, j) => (
                  <option key={j} value={String(j)}>{`${m.prenom || "Membre"} ${m.nom || `n° ${j + 1}`}`}</option>
                ))}
              </SelectField>
              <SelectField label="Nature" {...kindField} onChange={(e) => {
                void kindField.onChange(e);
                f.form.setValue(`budget.${i}.type`, e.target.value === "RESSOURCE" ? "SALAIRE" : "LOYER");
              }}>
                <option value="RESSOURCE">Ressource</option>
                <option value="CHARGE">Charge</option>
              </SelectField>
              <SelectField label="Type" {...f.field(`budget.${i}.type`)}>
                {Object.entries(types).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
              </SelectField>
              <TextField label="Montant mensuel (€)" inputMode="decimal" {...f.field(`budget.${i}.montant`)} />
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
