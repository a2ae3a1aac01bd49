"use client";

import { useFieldArray } from "react-hook-form";
import { SelectField, TextField } from "@/components/forms/field";
import { LIEN_FOYER_LABELS } from "@/lib/domain/usagers/labels";
import type { UsagerForm } from "./usager-form-types";

export function FoyerSection({ form }: { form: UsagerForm }) {
  const { register, control, formState: { errors } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "foyer" });
  return (
    <fieldset>
      <legend>Foyer</legend>
      {fields.length === 0 ? <p className="muted">La personne vit seule, ou le foyer n&apos;est pas encore renseigné.</p> : null}
      {fields.map((field, i) => (
        <fieldset key={field.id}>
          <legend>Membre du foyer n° {i + 1}</legend>
          <div className="repeat-row">
            <TextField label="Prénom" error={errors.foyer?.[i]?.prenom?.message} {...register(`foyer.${i}.prenom`)} />
            <TextField label="Nom" error={errors.foyer?.[i]?.nom?.message} {...register(`foyer.${i}.nom`)} />
            <TextField label="Date de naissance" type="date" error={errors.foyer?.[i]?.dateNaissance?.message} {...register(`foyer.${i}.dateNaissance`)} />
            <SelectField label="Lien avec la personne" error={errors.foyer?.[i]?.lien?.message} {...register(`foyer.${i}.lien`)}>
              {Object.entries(LIEN_FOYER_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
            </SelectField>
            <button type="button" className="btn btn--secondary btn--small" onClick={() => remove(i)}>
              Retirer ce membre
            </button>
          </div>
        </fieldset>
      ))}
      <button type="button" className="btn btn--secondary btn--small" onClick={() => append({ prenom: "", nom: form.getValues("nom"), dateNaissance: "", lien: "ENFANT" })}>
        Ajouter un membre du foyer
      </button>
    </fieldset>
  );
}
