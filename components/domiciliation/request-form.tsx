"use client";

import { ZDomiciliationRequest } from "@/lib/domain/domiciliation/schemas";
import { LIEN_COMMUNE_LABELS } from "@/lib/domain/domiciliation/labels";
import { requestDomiciliationAction } from "@/lib/actions/domiciliation";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";

export type Option = { id: string; label: string };

export function DomiciliationRequestForm({ usagerId, today, membres, accompagnements }: { usagerId: string; today: string; membres: Option[]; accompagnements: Option[] }) {
  const f = useActionForm({
    schema: ZDomiciliationRequest,
    action: requestDomiciliationAction,
    defaultValues: { usagerId, demandeLe: today, accuseReceptionLe: today, liens: [], lienPrecision: "", membresCouverts: [], accompagnementId: "" },
  });
  const liens = f.group("liens");
  const membresCouverts = f.group("membresCouverts");

  return (
    <ActionForm handle={f}>
      <input type="hidden" name="usagerId" value={usagerId} />
      <div className="field-row">
        <TextField label="Date de la demande" type="date" {...f.field("demandeLe")} />
        <TextField label="Accusé de réception remis le" type="date" {...f.field("accuseReceptionLe")} />
      </div>
      <fieldset id={liens.id} className={liens.error ? "field field--error" : "field"} aria-describedby={liens.error ? `${liens.id}-error` : undefined}>
        <legend>Lien avec la commune</legend>
        {Object.entries(LIEN_COMMUNE_LABELS).map(([value, label]) => (
          <label key={value} className="checkbox"><input {...f.checkbox("liens", value)} /> {label}</label>
        ))}
        {liens.error ? <p className="field-error" id={`${liens.id}-error`}>{liens.error}</p> : null}
      </fieldset>
      <TextField label="Précision sur le lien" hint="Facultatif et factuel : depuis quand, où, avec quel suivi." {...f.field("lienPrecision")} />
      {membres.length > 0 ? (
        <fieldset id={membresCouverts.id} className="field" aria-describedby={membresCouverts.error ? `${membresCouverts.id}-error` : undefined}>
          <legend>Personnes du foyer également couvertes</legend>
          {membres.map((m) => (
            <label key={m.id} className="checkbox"><input {...f.checkbox("membresCouverts", m.id)} /> {m.label}</label>
          ))}
          {membresCouverts.error ? <p className="field-error" id={`${membresCouverts.id}-error`}>{membresCouverts.error}</p> : null}
        </fieldset>
      ) : null}
      <SelectField label="Accompagnement lié" {...f.field("accompagnementId")}>
        <option value="">Aucun</option>
        {accompagnements.map((a) => <option key={a.id} value={a.id}>{a.label}</option>)}
      </SelectField>
      <div className="actions">
        <SubmitButton handle={f}>Enregistrer la demande</SubmitButton>
      </div>
    </ActionForm>
  );
}
