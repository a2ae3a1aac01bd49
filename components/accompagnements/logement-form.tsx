"use client";

import { useFieldArray } from "react-hook-form";
import { ZLogement, type LogementInput } from "@/lib/domain/accompagnements/schemas";
import { STADE_EXPULSION_LABELS } from "@/lib/domain/accompagnements/labels";
import { saveLogementAction } from "@/lib/actions/accompagnements";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { Disclosure } from "./disclosure";
import { options } from "./options";

export function LogementForm({ label, initial }: { label: string; initial: LogementInput }) {
  const f = useActionForm({ schema: ZLogement, action: saveLogementAction, defaultValues: initial });
  const { fields, append, remove } = useFieldArray({ control: f.form.control, name: "etapes" });
  return (
    <Disclosure label={label} defaultOpen={!f.interactive && f.formError !== null}>
      <ActionForm handle={f} aria-label="Modifier la situation de logement">
        <input type="hidden" {...f.field("id")} />
        <input type="hidden" {...f.field("version")} />
        <div className="field-row">
          <TextField label="Montant des impayés (€)" inputMode="decimal" {...f.field("impayes")} />
          <TextField label="Nombre de mois d'impayés" inputMode="numeric" {...f.field("impayesMois")} />
        </div>
        <div className="field-row">
          <TextField label="Numéro unique de demande de logement social" {...f.field("numeroUnique")} />
          <TextField label="Dossier FSL" hint="Numéro, type (accès, maintien, énergie) et état" {...f.field("fslDossier")} />
        </div>
        <SelectField label="ASLL (accompagnement social lié au logement)" {...f.field("asll")}>
          <option value="">Non renseigné</option>
          <option value="OUI">Oui</option>
          <option value="NON">Non</option>
        </SelectField>
        <fieldset>
          <legend>Procédure d&apos;expulsion</legend>
          {fields.length === 0 ? <p className="muted">Aucune étape.</p> : null}
          {fields.map((field, i) => (
            <div className="repeat-row" key={field.id}>
              <SelectField label={`Étape ${i + 1}`} {...f.field(`etapes.${i}.stade`)}>
                {options(STADE_EXPULSION_LABELS)}
              </SelectField>
              <TextField label="Date" type="date" {...f.field(`etapes.${i}.date`)} />
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
          <SubmitButton handle={f}>Enregistrer</SubmitButton>
        </div>
      </ActionForm>
    </Disclosure>
  );
}
