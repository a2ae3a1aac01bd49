"use client";

import { useWatch } from "react-hook-form";
import { ZDomiciliationDecision } from "@/lib/domain/domiciliation/schemas";
import { MOTIF_REFUS_LABELS } from "@/lib/domain/domiciliation/labels";
import { decideDomiciliationAction } from "@/lib/actions/domiciliation";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { options } from "@/components/accompagnements/options";

export function DomiciliationDecisionForm({ id, updatedAt, today }: { id: string; updatedAt: string; today: string }) {
  const f = useActionForm({
    schema: ZDomiciliationDecision,
    action: decideDomiciliationAction,
    defaultValues: { id, updatedAt, decision: "ACCORDEE", decisionLe: today, debut: today, motifRefus: "", motifRefusTexte: "" },
  });
  const decision = useWatch({ control: f.form.control, name: "decision" });
  const choice = f.group("decision");
  return (
    <ActionForm handle={f}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="updatedAt" value={updatedAt} />
      <fieldset id={choice.id} className={choice.error ? "field field--error" : "field"} aria-describedby={choice.error ? `${choice.id}-error` : undefined}>
        <legend>Décision</legend>
        <label className="checkbox"><input {...f.radio("decision", "ACCORDEE")} /> Accorder la domiciliation (un an)</label>
        <label className="checkbox"><input {...f.radio("decision", "REFUSEE")} /> Refuser</label>
        {choice.error ? <p className="field-error" id={`${choice.id}-error`}>{choice.error}</p> : null}
      </fieldset>
      {/* The other choice's fields are hidden, not removed (the form sends what it always sent),
          and only once the page runs: without JavaScript nothing could show them on demand. */}
      <div className="field-row">
        <TextField label="Date de la décision" type="date" {...f.field("decisionLe")} />
        <div hidden={f.interactive && decision !== "ACCORDEE"}><TextField label="Début de la domiciliation" type="date" {...f.field("debut")} /></div>
      </div>
      <div hidden={f.interactive && decision !== "REFUSEE"}>
        <SelectField label="Motif du refus" {...f.field("motifRefus")}>
          <option value="">Choisir…</option>
          {options(MOTIF_REFUS_LABELS)}
        </SelectField>
        <TextAreaField label="Motif rédigé (figure sur le courrier)" rows={3} {...f.field("motifRefusTexte")} />
      </div>
      <div className="actions"><SubmitButton handle={f}>Enregistrer la décision</SubmitButton></div>
    </ActionForm>
  );
}
