"use client";

// Recording how a letter reached the person: handed over, posted (recorded delivery or not), or
// e-mailed now with its PDF attached, to the address on file in the dossier (never another one).
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { recordCourrierEnvoiAction } from "@/lib/actions/courriers";
import { ZCourrierEnvoi } from "@/lib/domain/courriers/schemas";
import { ENVOI_MODE_LABELS, ENVOI_MODES } from "@/lib/domain/courriers/labels";

export function EnvoiForm({ courrierId, today, emailHint }: { courrierId: string; today: string; emailHint: string | null }) {
  const f = useActionForm({
    schema: ZCourrierEnvoi,
    action: recordCourrierEnvoiAction as FormAction,
    defaultValues: { courrierId, mode: "REMIS_EN_MAIN_PROPRE", le: today, recommande: false },
  });
  const mode = f.group("mode");
  return (
    <ActionForm handle={f} className="form" aria-label="Remise ou envoi du courrier" success="Envoi enregistré.">
      <input type="hidden" {...f.field("courrierId")} />
      <fieldset id={mode.id} aria-describedby={mode.error ? `${mode.id}-error` : undefined}>
        <legend>Comment le courrier a-t-il été remis ?</legend>
        {ENVOI_MODES.map((m) => (
          <label key={m} className="checkbox"><input {...f.radio("mode", m)} /><span>{m === "EMAIL" ? "Envoyer maintenant par e-mail (PDF joint)" : ENVOI_MODE_LABELS[m]}</span></label>
        ))}
        {emailHint ? <p className="muted">{emailHint}</p> : null}
        {mode.error ? <p className="field-error" id={`${mode.id}-error`}>{mode.error}</p> : null}
      </fieldset>
      <div className="field-row">
        <TextField label="Date de la remise ou de l'envoi" type="date" hint="Pour un e-mail, la date du jour." {...f.field("le")} />
      </div>
      <label className="checkbox"><input {...f.checkbox("recommande")} /><span>Posté en recommandé avec avis de réception</span></label>
      <div className="actions"><SubmitButton handle={f} pendingLabel="Enregistrement…" className="btn btn--small">Enregistrer</SubmitButton></div>
    </ActionForm>
  );
}
