"use client";

import { PRIORITE_LABELS, PROPOSITION_LABELS, ZDiagnostic, type DiagnosticInput } from "@/lib/domain/diagnostics/schemas";
import { DOMAINE_LABELS } from "@/lib/domain/entretiens/labels";
import { DROIT_OUVERT_LABELS } from "@/lib/domain/usagers/labels";
import { createDiagnosticAction } from "@/lib/actions/diagnostics";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { useDossierDraft } from "@/components/drafts/use-dossier-draft";
import type { DraftOption } from "@/components/forms/use-form-draft";

/** Saved, the action goes back to the dossier's diagnostic. */
export function DiagnosticForm({ defaults, draft }: { defaults: DiagnosticInput; draft: DraftOption["saved"] }) {
  const draftOption = useDossierDraft(defaults.usagerId, "diagnostic", draft);
  const f = useActionForm({ schema: ZDiagnostic, action: createDiagnosticAction, defaultValues: defaults, draft: draftOption });
  // "Renseignez au moins un domaine." and the like: an error of the whole list.
  const domainesError = f.error("domaines") ?? f.error("domaines.root");
  const droits = f.group("droitsNonOuverts");
  const propositions = f.group("propositions");
  return (
    <ActionForm handle={f}>
      <input type="hidden" {...f.field("usagerId")} />
      {domainesError ? <Alert tone="error">{domainesError}</Alert> : null}
      <TextField label="Date du diagnostic" type="date" {...f.field("date")} />
      {defaults.domaines.map((d, i) => (
        <fieldset key={d.domaine}>
          <legend>{DOMAINE_LABELS[d.domaine as keyof typeof DOMAINE_LABELS]}</legend>
          <input type="hidden" {...f.field(`domaines.${i}.domaine`)} />
          <div className="field-row">
            <TextAreaField label="Situation" rows={2} {...f.field(`domaines.${i}.situation`)} />
            <TextAreaField label="Besoins" rows={2} {...f.field(`domaines.${i}.besoins`)} />
          </div>
          <SelectField label="Priorité" {...f.field(`domaines.${i}.priorite`)}>
            {Object.entries(PRIORITE_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </SelectField>
        </fieldset>
      ))}
      <fieldset id={droits.id} aria-describedby={droits.error ? `${droits.id}-error` : undefined}>
        <legend>Droits probablement non ouverts</legend>
        <div className="checkbox-grid">
          {Object.entries(DROIT_OUVERT_LABELS).map(([v, l]) => (
            <label key={v} className="checkbox"><input {...f.checkbox("droitsNonOuverts", v)} /><span>{l}</span></label>
          ))}
        </div>
        {droits.error ? <p className="field-error" id={`${droits.id}-error`}>{droits.error}</p> : null}
      </fieldset>
      <TextAreaField label="Conclusion" rows={5} {...f.field("conclusion")} />
      <fieldset id={propositions.id} aria-describedby={propositions.error ? `${propositions.id}-error` : undefined}>
        <legend>Propositions</legend>
        {Object.entries(PROPOSITION_LABELS).map(([v, l]) => (
          <label key={v} className="checkbox"><input {...f.checkbox("propositions", v)} /><span>{l}</span></label>
        ))}
        {propositions.error ? <p className="field-error" id={`${propositions.id}-error`}>{propositions.error}</p> : null}
      </fieldset>
      <div className="actions">
        <SubmitButton handle={f}>Enregistrer le diagnostic</SubmitButton>
      </div>
    </ActionForm>
  );
}
