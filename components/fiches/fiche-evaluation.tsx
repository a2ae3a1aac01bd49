"use client";

// The first phone evaluation: notes and rights probably not opened. CCAS side only; the agent's
// query never selects these fields.
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { ZFicheEvaluation, type FicheEvaluationInput } from "@/lib/domain/fiches/schemas";
import { DROIT_OUVERT_LABELS } from "@/lib/domain/usagers/labels";
import { evaluateFicheAction } from "@/lib/actions/fiches";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { TextAreaField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { useFicheAction } from "./use-fiche-action";

type Droit = keyof typeof DROIT_OUVERT_LABELS;
type Props = {
  ficheId: string; canEvaluate: boolean; notes: string | null; droits: Droit[]; evaluatedBy: string | null; evaluatedAt: string | null;
};

export function FicheEvaluationCard({ ficheId, canEvaluate, notes, droits, evaluatedBy, evaluatedAt }: Props) {
  const { pending, error, done, run } = useFicheAction();
  const form = useForm<FicheEvaluationInput, unknown, z.output<typeof ZFicheEvaluation>>({
    resolver: zodResolver(ZFicheEvaluation), defaultValues: { ficheId, evaluationNotes: notes ?? "", droitsNonOuverts: droits },
  });
  const { register, formState: { errors } } = form;
  const submit = form.handleSubmit(async () => {
    applyServerErrors(form.setError, await run(() => evaluateFicheAction(form.getValues()), "Premier contact enregistré."));
  });
  return (
    <section className="card" aria-labelledby="fiche-evaluation">
      <h2 id="fiche-evaluation">Premier contact et évaluation</h2>
      <p className="muted">Réservé au CCAS : l&apos;agent de la mairie de quartier ne voit jamais ce contenu.</p>
      {evaluatedAt ? <p>Enregistré le {evaluatedAt}{evaluatedBy ? ` par ${evaluatedBy}` : ""}.</p> : null}
      {!canEvaluate ? (
        <>
          <p style={{ whiteSpace: "pre-wrap" }}>{notes ?? "Aucun compte rendu."}</p>
          {droits.length ? <p>Droits probablement non ouverts : {droits.map((d) => DROIT_OUVERT_LABELS[d]).join(", ")}</p> : null}
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          {error ? <Alert tone="error">{error}</Alert> : null}
          {done ? <Alert tone="success">{done}</Alert> : null}
          <TextAreaField
            label="Compte rendu du premier contact"
            hint="Factuel : la personne peut le lire au titre de son droit d'accès."
            rows={5}
            error={errors.evaluationNotes?.message}
            {...register("evaluationNotes")}
          />
          <fieldset>
            <legend>Droits probablement non ouverts</legend>
            <div className="checkbox-grid">
              {Object.entries(DROIT_OUVERT_LABELS).map(([value, label]) => (
                <label key={value} className="checkbox">
                  <input type="checkbox" value={value} {...register("droitsNonOuverts")} />
                  <span>{label}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" className="btn" disabled={pending}>Enregistrer le premier contact</button>
        </form>
      )}
    </section>
  );
}
