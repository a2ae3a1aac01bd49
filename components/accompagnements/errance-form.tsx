"use client";

import { useFieldArray } from "react-hook-form";
import { ZErrance, type ErranceInput } from "@/lib/domain/accompagnements/schemas";
import { SIAO_STATUT_LABELS } from "@/lib/domain/accompagnements/labels";
import { saveErranceAction } from "@/lib/actions/accompagnements";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { Disclosure } from "./disclosure";
import { options } from "./options";

export function ErranceForm({ label, initial, today }: { label: string; initial: ErranceInput; today: string }) {
  const f = useActionForm({ schema: ZErrance, action: saveErranceAction, defaultValues: initial });
  const { fields, prepend, remove } = useFieldArray({ control: f.form.control, name: "contactsMaraude" });
  return (
    <Disclosure label={label} defaultOpen={!f.interactive && f.formError !== null}>
      <ActionForm handle={f} aria-label="Modifier la situation d'errance">
        <input type="hidden" {...f.field("id")} />
        <input type="hidden" {...f.field("version")} />
        <TextField label="Lieu de vie" hint="Où la personne vit ou dort : rue, squat, véhicule, hébergement chez un tiers…" {...f.field("lieuVie")} />
        <fieldset>
          <legend>Domiciliation</legend>
          <TextField label="Organisme de domiciliation" {...f.field("domiciliationOrganisme")} />
          <div className="field-row">
            <TextField label="Début" type="date" {...f.field("domiciliationDebut")} />
            <TextField label="Fin" type="date" {...f.field("domiciliationFin")} />
          </div>
        </fieldset>
        <fieldset>
          <legend>Demande SIAO</legend>
          <div className="field-row">
            <TextField label="Date de la demande" type="date" {...f.field("siaoDemandeLe")} />
            <SelectField label="Statut de la demande" {...f.field("siaoStatut")}>
              <option value="">Non renseigné</option>
              {options(SIAO_STATUT_LABELS)}
            </SelectField>
          </div>
        </fieldset>
        <fieldset>
          <legend>Contacts avec la maraude</legend>
          <button type="button" className="btn btn--secondary btn--small" onClick={() => prepend({ date: today, lieu: "", observations: "" })}>
            Ajouter un contact
          </button>
          {fields.map((field, i) => (
            <fieldset key={field.id}>
              <legend>Contact {i + 1}</legend>
              <div className="repeat-row">
                <TextField label="Date" type="date" {...f.field(`contactsMaraude.${i}.date`)} />
                <TextField label="Lieu" {...f.field(`contactsMaraude.${i}.lieu`)} />
                <button type="button" className="btn btn--secondary btn--small" onClick={() => remove(i)}>
                  Retirer<span className="sr-only"> le contact {i + 1}</span>
                </button>
              </div>
              <TextAreaField label="Observations" hint="Restez factuel : la personne peut lire son dossier." rows={2}
                {...f.field(`contactsMaraude.${i}.observations`)} />
            </fieldset>
          ))}
        </fieldset>
        <div className="actions">
          <SubmitButton handle={f}>Enregistrer</SubmitButton>
        </div>
      </ActionForm>
    </Disclosure>
  );
}
