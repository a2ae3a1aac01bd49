"use client";

import { useFieldArray } from "react-hook-form";
import { SelectField, TextField } from "@/components/forms/field";
import type { ActionFormApi } from "@/components/forms/use-action-form";
import { JOUR_LABELS } from "@/lib/domain/annuaire/labels";
import { MAX_PERMANENCES, type ZPartenaire } from "@/lib/domain/annuaire/schemas";

export type PartenaireForm = ActionFormApi<typeof ZPartenaire>;

/** Recurring slots of the partner: one row per weekly permanence (`permanences.0.jour`…). */
export function PermanencesFields({ f }: { f: PartenaireForm }) {
  const { fields, append, remove } = useFieldArray({ control: f.form.control, name: "permanences" });
  const listError = f.error("permanences");
  return (
    <fieldset>
      <legend>Permanences</legend>
      <p className="hint muted" style={{ marginTop: 0 }}>Créneaux réguliers, par exemple le mardi de 9h à 11h dans les locaux d&apos;une autre commune.</p>
      {fields.length === 0 ? <p className="muted">Aucune permanence.</p> : null}
      {fields.map((field, i) => (
        <fieldset key={field.id}>
          <legend>Permanence n° {i + 1}</legend>
          <div className="repeat-row">
            <SelectField label="Jour" {...f.field(`permanences.${i}.jour`)}>
              {Object.entries(JOUR_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
            </SelectField>
            <TextField label="Début" type="time" {...f.field(`permanences.${i}.debut`)} />
            <TextField label="Fin" type="time" {...f.field(`permanences.${i}.fin`)} />
          </div>
          <div className="repeat-row">
            <TextField label="Lieu" hint="Adresse et commune" {...f.field(`permanences.${i}.lieu`)} />
            <TextField label="Modalités" hint="Par exemple : sur rendez-vous" {...f.field(`permanences.${i}.modalites`)} />
            <button type="button" className="btn btn--secondary btn--small" onClick={() => remove(i)}>Retirer cette permanence</button>
          </div>
        </fieldset>
      ))}
      {listError ? <p className="field-error">{listError}</p> : null}
      {fields.length < MAX_PERMANENCES ? (
        <button type="button" className="btn btn--secondary btn--small"
          onClick={() => append({ jour: "MARDI", debut: "09:00", fin: "11:00", lieu: "", modalites: "" })}>
          Ajouter une permanence
        </button>
      ) : null}
    </fieldset>
  );
}
