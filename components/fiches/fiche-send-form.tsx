"use client";

// The agent's fiche: identity, contact, reasons, urgency and the person's consent, sent with
// one click. The schema is the server's own, so the browser and the action say the same thing.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { EMPTY_FICHE_FORM, ZFicheSend, type FicheSend, type FicheSendInput } from "@/lib/domain/fiches/schemas";
import { FICHE_MOTIF_LABELS, FICHE_URGENCE_LABELS } from "@/lib/domain/fiches/labels";
import { sendFicheAction } from "@/lib/actions/fiches";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";

export function FicheSendForm({ siteName, quartiers, consentText }: { siteName: string; quartiers: string[]; consentText: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<FicheSendInput, unknown, FicheSend>({ resolver: zodResolver(ZFicheSend), defaultValues: EMPTY_FICHE_FORM });
  const { register, formState: { errors, isSubmitting } } = form;

  async function onSubmit() {
    setFormError(null);
    const result = await sendFicheAction(form.getValues());
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    router.push(`/fiches-liaison/${result.data.id}/confirmation`);
  }

  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <p className="muted">Envoyée depuis : <strong>{siteName}</strong></p>
      <fieldset>
        <legend>La personne</legend>
        <div className="field-row">
          <TextField label="Nom" autoComplete="off" error={errors.nom?.message} {...register("nom")} />
          <TextField label="Prénom" autoComplete="off" error={errors.prenom?.message} {...register("prenom")} />
          <TextField label="Date de naissance (facultative)" type="date" min="1900-01-01" error={errors.dateNaissance?.message} {...register("dateNaissance")} />
        </div>
      </fieldset>
      <fieldset>
        <legend>Pour la recontacter</legend>
        <p className="hint muted" style={{ marginTop: 0 }}>Au moins un téléphone ou une adresse e-mail.</p>
        <div className="field-row">
          <TextField label="Téléphone" type="tel" autoComplete="off" hint="Par exemple 06 12 34 56 78 ou +33 6 12 34 56 78" error={errors.telephone?.message} {...register("telephone")} />
          <TextField label="Adresse e-mail" type="email" autoComplete="off" error={errors.email?.message} {...register("email")} />
        </div>
        <TextField label="Disponibilités" hint="Par exemple : le matin, pas le mercredi" autoComplete="off" error={errors.disponibilites?.message} {...register("disponibilites")} />
        <div className="field-row">
          <TextField label="Adresse" autoComplete="off" error={errors.adresse?.message} {...register("adresse")} />
          <TextField label="Quartier" list="fiche-quartiers" autoComplete="off" error={errors.quartier?.message} {...register("quartier")} />
          <datalist id="fiche-quartiers">
            {quartiers.map((q) => <option key={q} value={q} />)}
          </datalist>
        </div>
      </fieldset>
      <fieldset aria-describedby={errors.motifs ? "motifs-error" : undefined}>
        <legend>Motifs de la demande</legend>
        <div className="checkbox-grid">
          {Object.entries(FICHE_MOTIF_LABELS).map(([value, label]) => (
            <label key={value} className="checkbox">
              <input type="checkbox" value={value} {...register("motifs")} />
              <span>{label}</span>
            </label>
          ))}
        </div>
        {errors.motifs ? <p className="field-error" id="motifs-error">{errors.motifs.message ?? "Motif inconnu."}</p> : null}
        <TextAreaField
          label="Précision (facultative)"
          hint="Quelques mots factuels, sans détail sur la santé ni la vie privée : le CCAS fera le point avec la personne."
          rows={3}
          error={errors.motifPrecision?.message}
          {...register("motifPrecision")}
        />
        <SelectField label="Urgence" error={errors.urgence?.message} {...register("urgence")}>
          {Object.entries(FICHE_URGENCE_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </SelectField>
      </fieldset>
      <fieldset>
        <legend>Accord de la personne</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            aria-invalid={errors.consentement ? true : undefined}
            aria-describedby={errors.consentement ? "consentement-error" : undefined}
            {...register("consentement")}
          />
          <span>{consentText}</span>
        </label>
        {errors.consentement ? <p className="field-error" id="consentement-error">{errors.consentement.message}</p> : null}
      </fieldset>
      <div className="actions">
        <button type="submit" className="btn" disabled={isSubmitting}>Envoyer la fiche au CCAS</button>
      </div>
    </form>
  );
}
