"use client";

// Create or edit a workshop. Start in Paris time (datetime-local), duration in minutes, a site of
// the structure or a free-text address, capacity and what happens when full.
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZAtelierCreate, type AtelierCreate, type AtelierCreateInput } from "@/lib/domain/ateliers/schemas";
import { ATELIER_THEME_LABELS } from "@/lib/domain/ateliers/labels";
import type { AtelierFormOptions } from "@/lib/domain/ateliers/queries";
import { createAtelierAction, updateAtelierAction } from "@/lib/actions/ateliers";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";

type Props = {
  options: AtelierFormOptions;
  defaults: AtelierCreateInput;
  /** Editing: the workshop's id and version. */
  edit?: { id: string; updatedAt: string };
  minDebut: string;
};

export function AtelierForm({ options, defaults, edit, minDebut }: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<AtelierCreateInput, unknown, AtelierCreate>({
    // The same fields as the server checks; id and version are added when editing.
    resolver: zodResolver(ZAtelierCreate),
    defaultValues: defaults,
  });
  const { register, formState: { errors, isSubmitting } } = form;
  const siteId = useWatch({ control: form.control, name: "siteId" });

  async function onSubmit() {
    setFormError(null);
    const values = form.getValues();
    const result = edit ? await updateAtelierAction({ ...values, ...edit }) : await createAtelierAction(values);
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    const id = edit ? edit.id : (result.data as { id: string }).id;
    router.push(`/ateliers/${id}`);
    router.refresh();
  }

  return (
    <form className="form card" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="field-row">
        <TextField label="Titre" autoComplete="off" error={errors.titre?.message} {...register("titre")} />
        <SelectField label="Thème" error={errors.theme?.message} {...register("theme")}>
          <option value="">Choisir…</option>
          {Object.entries(ATELIER_THEME_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </SelectField>
      </div>
      <div className="field-row">
        <TextField label="Date et heure de début" type="datetime-local" min={minDebut} hint="Heure de Paris" error={errors.debut?.message} {...register("debut")} />
        <TextField label="Durée (minutes)" type="number" inputMode="numeric" min={1} step={5} error={errors.dureeMinutes?.message} {...register("dureeMinutes")} />
      </div>
      <div className="field-row">
        <SelectField label="Lieu" error={errors.siteId?.message} {...register("siteId")}>
          <option value="">Autre adresse (à saisir)</option>
          {options.sites.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </SelectField>
        {siteId ? null : (
          <TextField label="Adresse du lieu" autoComplete="off" error={errors.adresse?.message} {...register("adresse")} />
        )}
      </div>
      <div className="field-row">
        <TextField label="Capacité (places)" type="number" inputMode="numeric" min={1} error={errors.capacite?.message} {...register("capacite")} />
        <SelectField label="Animateur ou animatrice" error={errors.animateurId?.message} {...register("animateurId")}>
          <option value="">Choisir…</option>
          {options.animateurs.map((u) => <option key={u.id} value={u.id}>{u.lastName} {u.firstName}</option>)}
        </SelectField>
        <SelectField label="Partenaire (facultatif)" error={errors.partenaireId?.message} {...register("partenaireId")}>
          <option value="">Aucun</option>
          {options.partenaires.map((p) => <option key={p.id} value={p.id}>{p.nom}</option>)}
        </SelectField>
      </div>
      <label className="checkbox">
        <input type="checkbox" {...register("listeAttente")} />
        <span>Quand l&apos;atelier est complet, inscrire sur une liste d&apos;attente (sinon l&apos;inscription est refusée)</span>
      </label>
      <TextAreaField label="Description (facultatif)" rows={4} error={errors.description?.message} {...register("description")} />
      <div className="actions">
        <button type="submit" className="btn" disabled={isSubmitting}>{edit ? "Enregistrer les modifications" : "Créer l'atelier"}</button>
        <Link className="btn btn--secondary" href={edit ? `/ateliers/${edit.id}` : "/ateliers"}>Annuler</Link>
      </div>
    </form>
  );
}
