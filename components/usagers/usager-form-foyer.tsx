"use client";

import { useFieldArray } from "react-hook-form";
import { SelectField, TextField } from "@/components/forms/field";
import { LIEN_FOYER_LABELS } from "@/lib/domain/usagers/labels";
import type { UsagerForm } from "./usager-form-types";

/** One row per member, named `foyer.0.prenom`…: the same names before and after hydration. */
export function FoyerSection({ f }: { f: UsagerForm }) {
  const { fields, append, remove } = useFieldArray({ control: f.form.control, name: "foyer" });
  return (
    <fieldset>
      <legend>Foyer</legend>
      {fields.length === 0 ? <p className="muted">La personne vit seule, ou le foyer n&apos;est pas encore renseigné.</p> : null}
      {fields.map((field, i) => (
        <fieldset key={field.id}>
          <legend>Membre du foyer n° {i + 1}</legend>
          <div className="repeat-row">
            <TextField label="Prénom" {...f.field(`foyer.${i}.prenom`)} />
            <TextField label="Nom" {...f.field(`foyer.${i}.nom`)} />
            <TextField label="Date de naissance" type="date" {...f.field(`foyer.${i}.dateNaissance`)} />
            <SelectField label="Lien avec la personne" {...f.field(`foyer.${i}.lien`)}>
              {Object.entries(LIEN_FOYER_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
            </SelectField>
            <button type="button" className="btn btn--secondary btn--small" onClick={() => remove(i)}>
              Retirer ce membre
            </button>
          </div>
        </fieldset>
      ))}
      <button type="button" className="btn btn--secondary btn--small" onClick={() => append({ prenom: "", nom: f.form.getValues("nom"), dateNaissance: "", lien: "ENFANT" })}>
        Ajouter un membre du foyer
      </button>
    </fieldset>
  );
}
