"use client";

// The first phone evaluation: notes and rights probably not opened. CCAS side only; the agent's
// query never selects these fields.
import { ZFicheEvaluation } from "@/lib/domain/fiches/schemas";
import { DROIT_OUVERT_LABELS } from "@/lib/domain/usagers/labels";
import { evaluateFicheAction } from "@/lib/actions/fiches";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextAreaField } from "@/components/forms/field";

type Droit = keyof typeof DROIT_OUVERT_LABELS;
type Props = {
  ficheId: string; canEvaluate: boolean; notes: string | null; droits: Droit[]; evaluatedBy: string | null; evaluatedAt: string | null;
};

export function FicheEvaluationCard({ ficheId, canEvaluate, notes, droits, evaluatedBy, evaluatedAt }: Props) {
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
      ) : <EvaluationForm ficheId={ficheId} notes={notes} droits={droits} />}
    </section>
  );
}

function EvaluationForm({ ficheId, notes, droits }: { ficheId: string; notes: string | null; droits: Droit[] }) {
  const f = useActionForm({
    schema: ZFicheEvaluation, action: evaluateFicheAction, defaultValues: { ficheId, evaluationNotes: notes ?? "", droitsNonOuverts: droits },
  });
  const group = f.group("droitsNonOuverts");
  return (
    <ActionForm handle={f} className="" success="Premier contact enregistré.">
      <input type="hidden" {...f.field("ficheId")} />
      <TextAreaField
        label="Compte rendu du premier contact"
        hint="Factuel : la personne peut le lire au titre de son droit d'accès."
        rows={5}
        {...f.field("evaluationNotes")}
      />
      <fieldset id={group.id} aria-describedby={group.error ? `${group.id}-error` : undefined}>
        <legend>Droits probablement non ouverts</legend>
        <div className="checkbox-grid">
          {Object.entries(DROIT_OUVERT_LABELS).map(([value, label]) => (
            <label key={value} className="checkbox">
              <input {...f.checkbox("droitsNonOuverts", value)} />
              <span>{label}</span>
            </label>
          ))}
        </div>
        {group.error ? <p className="field-error" id={`${group.id}-error`}>{group.error}</p> : null}
      </fieldset>
      <SubmitButton handle={f}>Enregistrer le premier contact</SubmitButton>
    </ActionForm>
  );
}
