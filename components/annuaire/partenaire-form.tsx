"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZPartenaire, type Partenaire, type PartenaireInput } from "@/lib/domain/annuaire/schemas";
import { CATEGORIE_LABELS } from "@/lib/domain/annuaire/labels";
import { createPartenaireAction, updatePartenaireAction } from "@/lib/actions/annuaire";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { PermanencesFields } from "./permanences-fields";

export const EMPTY_PARTENAIRE: PartenaireInput = {
  nom: "", organisme: "", categorie: "SERVICE_SOCIAL_DEPARTEMENT", adresse: "", codePostal: "", commune: "", telephone: "",
  email: "", horaires: "", siteWeb: "", notes: "", permanences: [],
};

/** Create (no id) or edit a partner of the directory. */
export function PartenaireForm({ id, defaults = EMPTY_PARTENAIRE }: { id?: string; defaults?: PartenaireInput }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<PartenaireInput, unknown, Partenaire>({ resolver: zodResolver(ZPartenaire), defaultValues: defaults });
  const { register, formState: { errors, isSubmitting } } = form;

  async function onSubmit() {
    setFormError(null);
    setSaved(false);
    const values = form.getValues();
    const result = id ? await updatePartenaireAction({ ...values, id }) : await createPartenaireAction(values);
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    if (id) {
      setSaved(true);
      router.refresh();
    } else {
      router.push(`/annuaire/${result.data.id}`);
    }
  }

  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label={id ? "Modifier le service" : "Nouveau service"}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">Modifications enregistrées.</Alert> : null}
      <TextField label="Nom du service" error={errors.nom?.message} {...register("nom")} />
      <div className="field-row">
        <TextField label="Organisme" hint="Par exemple : Département du Nord, association…" error={errors.organisme?.message} {...register("organisme")} />
        <SelectField label="Catégorie" error={errors.categorie?.message} {...register("categorie")}>
          {Object.entries(CATEGORIE_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </SelectField>
      </div>
      <TextField label="Adresse" error={errors.adresse?.message} {...register("adresse")} />
      <div className="field-row">
        <TextField label="Code postal" inputMode="numeric" error={errors.codePostal?.message} {...register("codePostal")} />
        <TextField label="Commune" error={errors.commune?.message} {...register("commune")} />
      </div>
      <div className="field-row">
        <TextField label="Téléphone" type="tel" error={errors.telephone?.message} {...register("telephone")} />
        <TextField label="Adresse e-mail" type="email" error={errors.email?.message} {...register("email")} />
      </div>
      <TextAreaField label="Horaires d'ouverture" rows={3} hint="Par exemple : du lundi au vendredi, 8h30–12h et 13h30–17h" error={errors.horaires?.message} {...register("horaires")} />
      <TextField label="Site internet" type="url" error={errors.siteWeb?.message} {...register("siteWeb")} />
      <TextAreaField label="Informations pratiques" rows={3} hint="Public accueilli, pièces à apporter, accès…" error={errors.notes?.message} {...register("notes")} />
      <PermanencesFields form={form} />
      <div className="actions">
        <button type="submit" className="btn" disabled={isSubmitting}>{id ? "Enregistrer les modifications" : "Ajouter le service"}</button>
      </div>
    </form>
  );
}
