"use client";

// The next steps of a report, as the state machine allows them, and once the person was met the
// link to a dossier (existing by its number, or new). The server checks the same rules again.
import { useState } from "react";
import { ZSignalementLink, ZSignalementNewDossier, ZSignalementStatusChange } from "@/lib/domain/signalements/schemas";
import { nextSignalementStatuses, canLinkFrom, TRANSITION_LABELS } from "@/lib/domain/signalements/status-machine";
import type { SignalementStatus } from "@/lib/domain/signalements/labels";
import { changeSignalementStatusAction, createDossierFromSignalementAction, linkSignalementAction } from "@/lib/actions/maraude";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";

/** The page gives this component key={status}: the new status remounts it with fresh values. */
export function SignalementActions({ id, status }: { id: string; status: SignalementStatus }) {
  const next = nextSignalementStatuses(status);
  if (next.length === 0) return <p>Ce signalement est clos : son statut ne change plus.</p>;
  return (
    <>
      <StatusForm id={id} next={next} />
      {canLinkFrom(status) ? <LinkForms id={id} /> : null}
    </>
  );
}

function StatusForm({ id, next }: { id: string; next: SignalementStatus[] }) {
  const f = useActionForm({ schema: ZSignalementStatusChange, action: changeSignalementStatusAction, defaultValues: { id, to: next[0], note: "" } });
  return (
    <ActionForm handle={f} aria-label="Suite du signalement">
      <input type="hidden" {...f.field("id")} />
      <SelectField label="Étape suivante" {...f.field("to")}>
        {next.map((s) => <option key={s} value={s}>{TRANSITION_LABELS[s]}</option>)}
      </SelectField>
      <TextAreaField label="Note (facultative)" rows={2} maxLength={2000} hint="Factuelle : l'heure du passage, ce que l'équipe a constaté. Clore efface les coordonnées de la personne qui a signalé et lui envoie un message sans aucune information sur la personne." {...f.field("note")} />
      <div className="actions" style={{ marginTop: 0 }}><SubmitButton handle={f}>Enregistrer l&apos;étape</SubmitButton></div>
    </ActionForm>
  );
}

function LinkForms({ id }: { id: string }) {
  const existing = useActionForm({ schema: ZSignalementLink, action: linkSignalementAction, defaultValues: { id, numeroDossier: "" } });
  return (
    <section aria-labelledby="lien-titre" style={{ marginTop: "1.5rem" }}>
      <h3 id="lien-titre">Lier à un dossier</h3>
      <p className="muted">La personne accepte un accompagnement : le signalement rejoint son dossier par un accompagnement errance, où le contact de maraude est noté.</p>
      <ActionForm handle={existing} aria-label="Lier à un dossier existant">
        <input type="hidden" {...existing.field("id")} />
        <TextField label="Numéro du dossier existant" maxLength={40} {...existing.field("numeroDossier")} />
        <div className="actions" style={{ marginTop: 0 }}><SubmitButton handle={existing} className="btn btn--secondary">Lier à ce dossier</SubmitButton></div>
      </ActionForm>
      <NewDossierForm id={id} />
    </section>
  );
}

/** A new dossier for the person met; likely duplicates ask for a confirmation first. */
function NewDossierForm({ id }: { id: string }) {
  const f = useActionForm({ schema: ZSignalementNewDossier, action: createDossierFromSignalementAction, defaultValues: { id, nom: "", prenom: "", confirmNotDuplicate: false } });
  const confirmError = f.error("confirmNotDuplicate");
  // Once asked, the box stays, even when the next answer is about another field.
  const [asked, setAsked] = useState(false);
  const refusedForDuplicate = !!(f.state && !f.state.ok && f.state.fieldErrors.confirmNotDuplicate);
  if (refusedForDuplicate && !asked) setAsked(true);
  const confirm = f.group("confirmNotDuplicate");
  return (
    <ActionForm handle={f} aria-label="Créer un dossier">
      <input type="hidden" {...f.field("id")} />
      <div className="field-row">
        <TextField label="Nom" required autoComplete="off" maxLength={100} {...f.field("nom")} />
        <TextField label="Prénom" required autoComplete="off" maxLength={100} {...f.field("prenom")} />
      </div>
      {asked || refusedForDuplicate || confirmError ? (
        <>
          <label className="checkbox">
            <input id={confirm.id} aria-invalid={confirmError ? true : undefined} aria-describedby={confirmError ? `${confirm.id}-error` : undefined}
              {...f.checkbox("confirmNotDuplicate")} />
            <span>Il s&apos;agit d&apos;une autre personne que les dossiers semblables : créer un nouveau dossier</span>
          </label>
          {confirmError ? <p className="field-error" id={`${confirm.id}-error`}>{confirmError}</p> : null}
        </>
      ) : null}
      <div className="actions" style={{ marginTop: 0 }}><SubmitButton handle={f}>Créer un dossier et le lier</SubmitButton></div>
    </ActionForm>
  );
}
