"use client";

import { ZPassage } from "@/lib/domain/accueil/schemas";
import { MOTIF_LABELS, REPONSE_LABELS, SEXE_LABELS, TRANCHE_AGE_LABELS } from "@/lib/domain/accueil/labels";
import { recordPassageAction } from "@/lib/actions/accueil";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { options } from "@/components/accompagnements/options";

/**
 * One passage in a few seconds: the person (the dossier chosen above, or a first name), the
 * motifs, the answer, the time (now unless changed). Keyboard only: Tab through, Space to tick.
 */
export function PassageForm({ siteId, dossier, now, partenaires }: {
  siteId: string; dossier: { id: string; label: string } | null; now: string; partenaires: { id: string; nom: string }[];
}) {
  const f = useActionForm({
    schema: ZPassage,
    action: recordPassageAction,
    defaultValues: { siteId, usagerId: dossier?.id ?? "", prenom: "", sexe: "", trancheAge: "", motifs: [], reponse: "" as never, partenaireId: "", survenuLe: now },
  });
  const motifs = f.group("motifs");
  return (
    <ActionForm handle={f} aria-label="Enregistrer un passage">
      <input type="hidden" name="siteId" value={siteId} />
      <input type="hidden" name="usagerId" value={dossier?.id ?? ""} />
      {dossier ? <p>Personne : <strong>{dossier.label}</strong></p> : (
        <div className="field-row">
          <TextField label="Prénom ou initiales" hint="Personne sans dossier : un passage anonyme, compté seulement." autoComplete="off" maxLength={50} {...f.field("prenom")} />
          <SelectField label="Sexe (facultatif)" {...f.field("sexe")}>
            <option value="">Non renseigné</option>
            {options(SEXE_LABELS)}
          </SelectField>
          <SelectField label="Tranche d'âge (facultatif)" {...f.field("trancheAge")}>
            <option value="">Non renseignée</option>
            {options(TRANCHE_AGE_LABELS)}
          </SelectField>
        </div>
      )}
      <fieldset id={motifs.id} className={motifs.error ? "field field--error" : "field"} aria-describedby={motifs.error ? `${motifs.id}-error` : undefined}>
        <legend>Motifs</legend>
        <div className="checkbox-grid">
          {Object.entries(MOTIF_LABELS).map(([value, label]) => (
            <label key={value} className="checkbox"><input {...f.checkbox("motifs", value)} /> {label}</label>
          ))}
        </div>
        {motifs.error ? <p className="field-error" id={`${motifs.id}-error`}>{motifs.error}</p> : null}
      </fieldset>
      <div className="field-row">
        <SelectField label="Réponse apportée" {...f.field("reponse")}>
          <option value="">Choisir…</option>
          {options(REPONSE_LABELS)}
        </SelectField>
        <SelectField label="Partenaire (si orientation)" {...f.field("partenaireId")}>
          <option value="">Aucun</option>
          {partenaires.map((p) => <option key={p.id} value={p.id}>{p.nom}</option>)}
        </SelectField>
        <TextField label="Heure du passage" type="datetime-local" {...f.field("survenuLe")} />
      </div>
      <div className="actions"><SubmitButton handle={f}>Enregistrer le passage</SubmitButton></div>
    </ActionForm>
  );
}
