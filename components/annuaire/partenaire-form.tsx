"use client";

import { ZPartenaire, type PartenaireInput } from "@/lib/domain/annuaire/schemas";
import { CATEGORIE_LABELS } from "@/lib/domain/annuaire/labels";
import { createPartenaireAction, updatePartenaireAction } from "@/lib/actions/annuaire";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { PermanencesFields } from "./permanences-fields";

export const EMPTY_PARTENAIRE: PartenaireInput = {
  nom: "", organisme: "", categorie: "SERVICE_SOCIAL_DEPARTEMENT", adresse: "", codePostal: "", commune: "", telephone: "",
  email: "", horaires: "", siteWeb: "", notes: "", permanences: [],
};

/** Create (no id: the action opens the new service) or edit a partner of the directory. */
export function PartenaireForm({ id, defaults = EMPTY_PARTENAIRE }: { id?: string; defaults?: PartenaireInput }) {
  // The browser checks the fields; the update action's schema adds the id sent below.
  const f = useActionForm({ schema: ZPartenaire, action: id ? updatePartenaireAction : createPartenaireAction, defaultValues: defaults });
  return (
    <ActionForm handle={f} aria-label={id ? "Modifier le service" : "Nouveau service"} success="Modifications enregistrées.">
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <TextField label="Nom du service" {...f.field("nom")} />
      <div className="field-row">
        <TextField label="Organisme" hint="Par exemple : Département du Nord, association…" {...f.field("organisme")} />
        <SelectField label="Catégorie" {...f.field("categorie")}>
          {Object.entries(CATEGORIE_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </SelectField>
      </div>
      <TextField label="Adresse" {...f.field("adresse")} />
      <div className="field-row">
        <TextField label="Code postal" inputMode="numeric" {...f.field("codePostal")} />
        <TextField label="Commune" {...f.field("commune")} />
      </div>
      <div className="field-row">
        <TextField label="Téléphone" type="tel" {...f.field("telephone")} />
        <TextField label="Adresse e-mail" type="email" {...f.field("email")} />
      </div>
      <TextAreaField label="Horaires d'ouverture" rows={3} hint="Par exemple : du lundi au vendredi, 8h30–12h et 13h30–17h" {...f.field("horaires")} />
      <TextField label="Site internet" type="url" {...f.field("siteWeb")} />
      <TextAreaField label="Informations pratiques" rows={3} hint="Public accueilli, pièces à apporter, accès…" {...f.field("notes")} />
      <PermanencesFields f={f} />
      <div className="actions">
        <SubmitButton handle={f}>{id ? "Enregistrer les modifications" : "Ajouter le service"}</SubmitButton>
      </div>
    </ActionForm>
  );
}
