"use client";

// The person's dossier: linked already, or found (likely duplicates, usagers search), or created
// from what the fiche knows by the usagers' own command.
import Link from "next/link";
import { useState } from "react";
import { ZFicheDossier, type FicheDossierInput } from "@/lib/domain/fiches/schemas";
import { createDossierFromFicheAction, linkFicheAction } from "@/lib/actions/fiches";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { ActionButton } from "@/components/forms/action-button";
import { TextField } from "@/components/forms/field";

export type DossierChoice = { id: string; numeroDossier: string; label: string };
type Props = {
  ficheId: string; linked: DossierChoice | null; canLink: boolean; duplicates: DossierChoice[];
  search: string; results: DossierChoice[] | null; prefill: Omit<FicheDossierInput, "ficheId" | "confirmNotDuplicate">;
};

export function FicheDossierCard({ ficheId, linked, canLink, duplicates, search, results, prefill }: Props) {
  const choices = (list: DossierChoice[]) => (
    <ul>
      {list.map((d) => (
        <li key={d.id}>
          <Link href={`/usagers/${d.id}`} target="_blank" rel="noopener">{d.label}</Link> · dossier n° {d.numeroDossier}{" "}
          <ActionButton action={linkFicheAction} fields={{ ficheId, usagerId: d.id }} className="btn btn--small btn--secondary">
            Lier à ce dossier<span className="sr-only"> n° {d.numeroDossier}</span>
          </ActionButton>
        </li>
      ))}
    </ul>
  );
  return (
    <section className="card" aria-labelledby="fiche-dossier">
      <h2 id="fiche-dossier">Dossier de la personne</h2>
      {linked ? (
        <p>Fiche liée au <Link href={`/usagers/${linked.id}`}>dossier n° {linked.numeroDossier}</Link> ({linked.label}).</p>
      ) : !canLink ? (
        <p className="muted">Marquez d&apos;abord la fiche comme reçue pour la lier à un dossier.</p>
      ) : (
        <>
          {duplicates.length ? (
            <div className="alert alert--warning" role="status">
              <strong>Dossier{duplicates.length > 1 ? "s" : ""} peut-être déjà existant{duplicates.length > 1 ? "s" : ""}</strong>
              <p>Même date de naissance et nom proche :</p>
              {choices(duplicates)}
            </div>
          ) : null}
          <form method="get" className="repeat-row" role="search">
            <TextField label="Rechercher un dossier existant" name="dossier" defaultValue={search} hint="Nom, prénom ou numéro de dossier" />
            <button type="submit" className="btn btn--small btn--secondary">Rechercher</button>
          </form>
          {results ? (results.length ? choices(results) : <p>Aucun dossier ne correspond à « {search} ».</p>) : null}
          <CreateDossierForm ficheId={ficheId} prefill={prefill} hasDuplicates={duplicates.length > 0} />
        </>
      )}
    </section>
  );
}

/** Likely duplicates (known to the page, or found by the action) ask for a confirmation first. */
function CreateDossierForm({ ficheId, prefill, hasDuplicates }: { ficheId: string; prefill: Props["prefill"]; hasDuplicates: boolean }) {
  const f = useActionForm({ schema: ZFicheDossier, action: createDossierFromFicheAction, defaultValues: { ...prefill, ficheId, confirmNotDuplicate: false } });
  const confirmError = f.error("confirmNotDuplicate");
  // Once asked, the box stays, even when the next answer is about another field.
  const [asked, setAsked] = useState(hasDuplicates);
  const refusedForDuplicate = !!(f.state && !f.state.ok && f.state.fieldErrors.confirmNotDuplicate);
  if (refusedForDuplicate && !asked) setAsked(true);
  const askConfirm = asked || !!confirmError;
  const confirm = f.group("confirmNotDuplicate");
  return (
    <ActionForm handle={f} className="" success="Dossier créé.">
      <fieldset>
        <legend>Créer le dossier à partir de la fiche</legend>
        <input type="hidden" {...f.field("ficheId")} />
        <div className="field-row">
          <TextField label="Nom" autoComplete="off" {...f.field("nom")} />
          <TextField label="Prénom" autoComplete="off" {...f.field("prenom")} />
          <TextField label="Date de naissance" type="date" min="1900-01-01" {...f.field("dateNaissance")} />
        </div>
        <div className="field-row">
          <TextField label="Téléphone" type="tel" autoComplete="off" {...f.field("telephone")} />
          <TextField label="Adresse e-mail" type="email" autoComplete="off" {...f.field("email")} />
        </div>
        <div className="field-row">
          <TextField label="Adresse" autoComplete="off" {...f.field("adresse")} />
          <TextField label="Quartier" autoComplete="off" {...f.field("quartier")} />
        </div>
        {askConfirm ? (
          <>
            <label className="checkbox">
              <input id={confirm.id} aria-invalid={confirmError ? true : undefined} aria-describedby={confirmError ? `${confirm.id}-error` : undefined}
                {...f.checkbox("confirmNotDuplicate")} />
              <span>Il s&apos;agit d&apos;une autre personne que les dossiers semblables : créer un nouveau dossier</span>
            </label>
            {confirmError ? <p className="field-error" id={`${confirm.id}-error`}>{confirmError}</p> : null}
          </>
        ) : null}
        <div className="actions">
          <SubmitButton handle={f}>Créer le dossier</SubmitButton>
        </div>
      </fieldset>
    </ActionForm>
  );
}
