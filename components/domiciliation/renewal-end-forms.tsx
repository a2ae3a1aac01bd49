"use client";

import { ZDomiciliationEnd, ZDomiciliationRenewal } from "@/lib/domain/domiciliation/schemas";
import { MOTIF_FIN_LABELS } from "@/lib/domain/domiciliation/labels";
import { endDomiciliationAction, keepDomiciliationAction, renewDomiciliationAction } from "@/lib/actions/domiciliation";
import { ActionButton } from "@/components/forms/action-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { options } from "@/components/accompagnements/options";

type Target = { id: string; updatedAt: string; today: string };

/** The domiciliation's id and version, from the page (the version moves on with each change). */
const TargetFields = ({ id, updatedAt }: { id: string; updatedAt: string }) => (
  <>
    <input type="hidden" name="id" value={id} />
    <input type="hidden" name="updatedAt" value={updatedAt} />
  </>
);

export function DomiciliationRenewalForm({ id, updatedAt, today }: Target) {
  const f = useActionForm({ schema: ZDomiciliationRenewal, action: renewDomiciliationAction, defaultValues: { id, updatedAt, renouveleeLe: today } });
  return (
    <ActionForm handle={f}>
      <TargetFields id={id} updatedAt={updatedAt} />
      <TextField label="Date du renouvellement" type="date" {...f.field("renouveleeLe")} />
      <div className="actions"><SubmitButton handle={f} className="btn btn--secondary">Renouveler pour un an</SubmitButton></div>
    </ActionForm>
  );
}

export function DomiciliationEndForm({ id, updatedAt, today, proposed }: Target & { proposed: boolean }) {
  const f = useActionForm({
    schema: ZDomiciliationEnd,
    action: endDomiciliationAction,
    defaultValues: { id, updatedAt, finLe: today, motifFin: proposed ? "ABSENCE_CONTACT" : undefined, finPrecision: "" },
  });
  return (
    <ActionForm handle={f}>
      <TargetFields id={id} updatedAt={updatedAt} />
      <div className="field-row">
        <TextField label="Date de fin" type="date" {...f.field("finLe")} />
        <SelectField label="Motif de fin" {...f.field("motifFin")}>
          <option value="">Choisir…</option>
          {options(MOTIF_FIN_LABELS)}
        </SelectField>
      </div>
      <TextField label="Précision" hint="Facultatif et factuel." {...f.field("finPrecision")} />
      <div className="actions"><SubmitButton handle={f} className="btn btn--secondary">Mettre fin à la domiciliation</SubmitButton></div>
    </ActionForm>
  );
}

/** The job proposed an end; the worker knows the person came back: keep it. */
export function KeepDomiciliationButton({ id, updatedAt }: { id: string; updatedAt: string }) {
  return (
    <div>
      <ActionButton action={keepDomiciliationAction} fields={{ id, updatedAt }} className="btn btn--secondary">
        Maintenir : la personne a repris contact
      </ActionButton>
    </div>
  );
}
