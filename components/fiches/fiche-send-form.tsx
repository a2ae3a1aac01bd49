"use client";

// The agent's fiche: identity, contact, reasons, urgency and the person's consent, sent with
// one click. The schema is the server's own, so the browser and the action say the same thing.
// Sent, the action opens the fiche's confirmation page.
import { EMPTY_FICHE_FORM, ZFicheSend } from "@/lib/domain/fiches/schemas";
import { FICHE_MOTIF_LABELS, FICHE_URGENCE_LABELS } from "@/lib/domain/fiches/labels";
import { sendFicheAction } from "@/lib/actions/fiches";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";

export function FicheSendForm({ siteName, quartiers, consentText }: { siteName: string; quartiers: string[]; consentText: string }) {
  const f = useActionForm({ schema: ZFicheSend, action: sendFicheAction, defaultValues: EMPTY_FICHE_FORM });
  const motifs = f.group("motifs");
  const consent = f.group("consentement");
  return (
    <ActionForm handle={f}>
      <p className="muted">Envoyée depuis : <strong>{siteName}</strong></p>
      <fieldset>
        <legend>La personne</legend>
        <div className="field-row">
          <TextField label="Nom" autoComplete="off" {...f.field("nom")} />
          <TextField label="Prénom" autoComplete="off" {...f.field("prenom")} />
          <TextField label="Date de naissance (facultative)" type="date" min="1900-01-01" {...f.field("dateNaissance")} />
        </div>
      </fieldset>
      <fieldset>
        <legend>Pour la recontacter</legend>
        <p className="hint muted" style={{ marginTop: 0 }}>Au moins un téléphone ou une adresse e-mail.</p>
        <div className="field-row">
          <TextField label="Téléphone" type="tel" autoComplete="off" hint="Par exemple 06 12 34 56 78 ou +33 6 12 34 56 78" {...f.field("telephone")} />
          <TextField label="Adresse e-mail" type="email" autoComplete="off" {...f.field("email")} />
        </div>
        <TextField label="Disponibilités" hint="Par exemple : le matin, pas le mercredi" autoComplete="off" {...f.field("disponibilites")} />
        <div className="field-row">
          <TextField label="Adresse" autoComplete="off" {...f.field("adresse")} />
          <TextField label="Quartier" list="fiche-quartiers" autoComplete="off" {...f.field("quartier")} />
          <datalist id="fiche-quartiers">
            {quartiers.map((q) => <option key={q} value={q} />)}
          </datalist>
        </div>
      </fieldset>
      <fieldset id={motifs.id} aria-describedby={motifs.error ? `${motifs.id}-error` : undefined}>
        <legend>Motifs de la demande</legend>
        <div className="checkbox-grid">
          {Object.entries(FICHE_MOTIF_LABELS).map(([value, label]) => (
            <label key={value} className="checkbox">
              <input {...f.checkbox("motifs", value)} />
              <span>{label}</span>
            </label>
          ))}
        </div>
        {motifs.error ? <p className="field-error" id={`${motifs.id}-error`}>{motifs.error}</p> : null}
        <TextAreaField
          label="Précision (facultative)"
          hint="Quelques mots factuels, sans détail sur la santé ni la vie privée : le CCAS fera le point avec la personne."
          rows={3}
          {...f.field("motifPrecision")}
        />
        <SelectField label="Urgence" {...f.field("urgence")}>
          {Object.entries(FICHE_URGENCE_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </SelectField>
      </fieldset>
      <fieldset>
        <legend>Accord de la personne</legend>
        <label className="checkbox">
          <input
            id={consent.id}
            aria-invalid={consent.error ? true : undefined}
            aria-describedby={consent.error ? `${consent.id}-error` : undefined}
            {...f.checkbox("consentement")}
          />
          <span>{consentText}</span>
        </label>
        {consent.error ? <p className="field-error" id={`${consent.id}-error`}>{consent.error}</p> : null}
      </fieldset>
      <div className="actions">
        <SubmitButton handle={f}>Envoyer la fiche au CCAS</SubmitButton>
      </div>
    </ActionForm>
  );
}
