"use client";

import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { SelectField, TextField } from "@/components/forms/field";
import { JOUR_LABELS } from "@/lib/domain/annuaire/labels";
import { MAX_PERMANENCES, type Partenaire, type PartenaireInput } from "@/lib/domain/annuaire/schemas";

export type PartenaireForm = UseFormReturn<PartenaireInput, unknown, Partenaire>;

/** Recurring slots of the partner: one row per weekly permanence. */
export function PermanencesFields({ form }: { form: PartenaireForm }) {
  const { register, control, formState: { errors } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "permanences" });
  return (
    <fieldset>
      <legend>Permanences</legend>
      <p className="hint muted" style={{ marginTop: 0 }}>Créneaux réguliers, par exemple le mardi de 9h à 11h dans les locaux d&apos;une autre commune.</p>
      {fields.length === 0 ? <p className="muted">Aucune permanence.</p> : null}
      {fields.map((field, i) => {
        const e = errors.permanences?.[i];
        return (
          <fieldset key={field.id}>
            <legend>Permanence n° {i + 1}</legend>
            <div className="repeat-row">
              <SelectField label="Jour" error={e?.jour?.message} {...register(`permanences.${i}.jour`)}>
                {Object.entries(JOUR_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
              </SelectField>
              <TextField label="Début" type="time" error={e?.debut?.message} {...register(`permanences.${i}.debut`)} />
              <TextField label="Fin" type="time" error={e?.fin?.message} {...register(`permanences.${i}.fin`)} />
            </div>
            <div className="repeat-row">
              <TextField label="Lieu" hint="Adresse et commune" error={e?.lieu?.message} {...register(`permanences.${i}.lieu`)} />
              <TextField label="Modalités" hint="Par exemple : sur rendez-vous" error={e?.modalites?.message} {...register(`permanences.${i}.modalites`)} />
              <button type="button" className="btn btn--secondary btn--small" onClick={() => remove(i)}>Retirer cette permanence</button>
            </div>
          </fieldset>
        );
      })}
      {errors.permanences?.message ? <p className="field-error">{errors.permanences.message}</p> : null}
      {fields.length < MAX_PERMANENCES ? (
        <button type="button" className="btn btn--secondary btn--small"
          onClick={() => append({ jour: "MARDI", debut: "09:00", fin: "11:00", lieu: "", modalites: "" })}>
          Ajouter une permanence
        </button>
      ) : null}
    </fieldset>
  );
}
