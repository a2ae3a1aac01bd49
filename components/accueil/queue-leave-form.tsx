"use client";

import { ZQueueLeave } from "@/lib/domain/accueil/schemas";
import { SORTIE_LABELS } from "@/lib/domain/accueil/labels";
import { leaveQueueAction } from "@/lib/actions/accueil";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { options } from "@/components/accompagnements/options";

/** The person left without being seen, or was directed elsewhere (where, in a few words). */
export function QueueLeaveForm({ id, ticket }: { id: string; ticket: number }) {
  const f = useActionForm({ schema: ZQueueLeave, action: leaveQueueAction, defaultValues: { id, issue: "PARTI", orientationPrecision: "" } });
  return (
    <details>
      <summary>Sortie sans prise en charge</summary>
      <ActionForm handle={f} aria-label={`Sortie du ticket n° ${ticket}`} className="form form--compact">
        <input type="hidden" name="id" value={id} />
        <SelectField label="Ce qu'il en est" {...f.field("issue")}>{options(SORTIE_LABELS)}</SelectField>
        <TextField label="Orientée vers (facultatif)" maxLength={200} {...f.field("orientationPrecision")} />
        <div className="actions"><SubmitButton handle={f} className="btn btn--secondary btn--small">Enregistrer la sortie</SubmitButton></div>
      </ActionForm>
    </details>
  );
}
