"use client";

// Giving a task to a colleague or to oneself, with a due date, about a dossier (usagerId) or not.
import { ZTache, latestEcheance } from "@/lib/domain/taches/schemas";
import { createTacheAction } from "@/lib/actions/taches";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { RequiredNote, SelectField, TextField } from "@/components/forms/field";

export function TacheForm({ usagerId, colleagues, today, defaultAssigneeId }: {
  usagerId?: string; colleagues: { id: string; name: string }[]; today: string; defaultAssigneeId: string;
}) {
  const defaults = { titre: "", echeance: today, assigneeId: defaultAssigneeId, usagerId: usagerId ?? "" };
  const f = useActionForm({ schema: ZTache, action: createTacheAction, defaultValues: defaults, onSuccess: (_d, form) => form.reset(defaults) });
  return (
    <ActionForm handle={f} aria-label="Nouvelle tâche" success="Tâche enregistrée.">
      <RequiredNote />
      <input type="hidden" {...f.field("usagerId")} />
      <TextField label="Tâche" required maxLength={200} placeholder="Rappeler la CAF" {...f.field("titre")} />
      <div className="field-row">
        <TextField label="Échéance" required type="date" min={today} max={latestEcheance(today)} {...f.field("echeance")} />
        <SelectField label="Confiée à" required {...f.field("assigneeId")}>
          {colleagues.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </SelectField>
      </div>
      <div className="actions"><SubmitButton handle={f}>Enregistrer la tâche</SubmitButton></div>
    </ActionForm>
  );
}
