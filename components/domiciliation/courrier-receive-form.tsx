"use client";

import { ZCourrierReceive } from "@/lib/domain/domiciliation/schemas";
import { EXPEDITEUR_LABELS } from "@/lib/domain/domiciliation/labels";
import { receiveCourrierAction } from "@/lib/actions/courrier";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { options } from "@/components/accompagnements/options";

export function CourrierReceiveForm({ today, people }: { today: string; people: { id: string; label: string }[] }) {
  const f = useActionForm({
    schema: ZCourrierReceive,
    action: receiveCourrierAction,
    defaultValues: { domiciliationId: "", recuLe: today, expediteurType: "" as never, recommande: false },
    // Ready for the next piece of mail of the same day.
    onSuccess: (_data, form) => form.reset({ domiciliationId: "", recuLe: form.getValues("recuLe"), expediteurType: "" as never, recommande: false }),
  });
  const who = (c: { domiciliationId: string }) => people.find((p) => p.id === c.domiciliationId)?.label ?? "";
  return (
    <ActionForm handle={f} success={(c: { domiciliationId: string }) => `Courrier enregistré pour ${who(c)}.`}>
      <div className="field-row">
        <SelectField label="Personne domiciliée" {...f.field("domiciliationId")}>
          <option value="">Choisir…</option>
          {people.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
        </SelectField>
        <TextField label="Reçu le" type="date" {...f.field("recuLe")} />
        <SelectField label="Type d'expéditeur" {...f.field("expediteurType")}>
          <option value="">Choisir…</option>
          {options(EXPEDITEUR_LABELS)}
        </SelectField>
      </div>
      <label className="checkbox"><input {...f.checkbox("recommande")} /> Lettre recommandée</label>
      <div className="actions"><SubmitButton handle={f}>Enregistrer le courrier</SubmitButton></div>
    </ActionForm>
  );
}
