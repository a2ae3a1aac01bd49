"use client";

// The person's dossier: linked already, or found (likely duplicates, usagers search), or created
// from what the fiche knows by the usagers' own command.
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { ZFicheDossier, type FicheDossierInput } from "@/lib/domain/fiches/schemas";
import { createDossierFromFicheAction, linkFicheAction } from "@/lib/actions/fiches";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { useFicheAction } from "./use-fiche-action";

export type DossierChoice = { id: string; numeroDossier: string; label: string };
type Props = {
  ficheId: string; linked: DossierChoice | null; canLink: boolean; duplicates: DossierChoice[];
  search: string; results: DossierChoice[] | null; prefill: Omit<FicheDossierInput, "ficheId" | "confirmNotDuplicate">;
};

export function FicheDossierCard({ ficheId, linked, canLink, duplicates, search, results, prefill }: Props) {
  const { pending, error, run } = useFicheAction();
  const link = (usagerId: string) => run(() => linkFicheAction({ ficheId, usagerId }), "Fiche liée au dossier.");
  const choices = (list: DossierChoice[]) => (
    <ul>
      {list.map((d) => (
        <li key={d.id}>
          <Link href={`/usagers/${d.id}`} target="_blank" rel="noopener">{d.label}</Link> · dossier n° {d.numeroDossier}{" "}
          <button type="button" className="btn btn--small btn--secondary" disabled={pending} onClick={() => link(d.id)}>
            Lier à ce dossier<span className="sr-only"> n° {d.numeroDossier}</span>
          </button>
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
          {error ? <Alert tone="error">{error}</Alert> : null}
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

function CreateDossierForm({ ficheId, prefill, hasDuplicates }: { ficheId: string; prefill: Props["prefill"]; hasDuplicates: boolean }) {
  const { pending, error, run } = useFicheAction();
  const [askConfirm, setAskConfirm] = useState(hasDuplicates);
  const form = useForm<FicheDossierInput, unknown, z.output<typeof ZFicheDossier>>({
    resolver: zodResolver(ZFicheDossier), defaultValues: { ...prefill, ficheId, confirmNotDuplicate: false },
  });
  const { register, formState: { errors } } = form;
  const submit = form.handleSubmit(async () => {
    const result = await run(() => createDossierFromFicheAction(form.getValues()), "Dossier créé.");
    if (!result.ok && result.fieldErrors.confirmNotDuplicate) setAskConfirm(true);
    applyServerErrors(form.setError, result);
  });
  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend>Créer le dossier à partir de la fiche</legend>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div className="field-row">
          <TextField label="Nom" autoComplete="off" error={errors.nom?.message} {...register("nom")} />
          <TextField label="Prénom" autoComplete="off" error={errors.prenom?.message} {...register("prenom")} />
          <TextField label="Date de naissance" type="date" min="1900-01-01" error={errors.dateNaissance?.message} {...register("dateNaissance")} />
        </div>
        <div className="field-row">
          <TextField label="Téléphone" type="tel" autoComplete="off" error={errors.telephone?.message} {...register("telephone")} />
          <TextField label="Adresse e-mail" type="email" autoComplete="off" error={errors.email?.message} {...register("email")} />
        </div>
        <div className="field-row">
          <TextField label="Adresse" autoComplete="off" error={errors.adresse?.message} {...register("adresse")} />
          <TextField label="Quartier" autoComplete="off" error={errors.quartier?.message} {...register("quartier")} />
        </div>
        {askConfirm ? (
          <>
            <label className="checkbox">
              <input type="checkbox" aria-invalid={errors.confirmNotDuplicate ? true : undefined} {...register("confirmNotDuplicate")} />
              <span>Il s&apos;agit d&apos;une autre personne que les dossiers semblables : créer un nouveau dossier</span>
            </label>
            {errors.confirmNotDuplicate ? <p className="field-error">{errors.confirmNotDuplicate.message}</p> : null}
          </>
        ) : null}
        <div className="actions">
          <button type="submit" className="btn" disabled={pending}>Créer le dossier</button>
        </div>
      </fieldset>
    </form>
  );
}
