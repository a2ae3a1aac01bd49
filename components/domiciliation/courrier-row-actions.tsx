"use client";

import { ZCourrierHandOver } from "@/lib/domain/domiciliation/schemas";
import { handOverCourrierAction, returnCourrierAction } from "@/lib/actions/courrier";
import { ActionButton } from "@/components/forms/action-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";

/** Handing over (the person signs the register) or returning one piece of mail. */
export function CourrierRowActions({ id, today, label, canHandOver }: { id: string; today: string; label: string; canHandOver: boolean }) {
  const sendBack = (
    <ActionButton action={returnCourrierAction} fields={{ id, retourneLe: today }} className="btn btn--secondary btn--small">
      Retourner à l&apos;expéditeur
    </ActionButton>
  );
  return canHandOver ? (
    <div>
      <HandOverForm id={id} today={today} label={label} />
      {sendBack}
    </div>
  ) : sendBack;
}

function HandOverForm({ id, today, label }: { id: string; today: string; label: string }) {
  const f = useActionForm({ schema: ZCourrierHandOver, action: handOverCourrierAction, defaultValues: { id, remisLe: today, signatureRecue: false as never } });
  const signature = f.group("signatureRecue");
  return (
    <ActionForm handle={f} aria-label={`Remise du courrier ${label}`}>
      <input type="hidden" name="id" value={id} />
      <TextField label="Remis le" type="date" {...f.field("remisLe")} />
      <label className="checkbox">
        <input {...f.checkbox("signatureRecue")} id={signature.id} aria-invalid={signature.error ? true : undefined}
          aria-describedby={signature.error ? `${signature.id}-error` : undefined} /> La personne a signé le registre
      </label>
      {signature.error ? <p className="field-error" id={`${signature.id}-error`}>{signature.error}</p> : null}
      <div className="actions">
        <SubmitButton handle={f} className="btn btn--small">Remettre le courrier</SubmitButton>
      </div>
    </ActionForm>
  );
}
