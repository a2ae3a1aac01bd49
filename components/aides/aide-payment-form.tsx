"use client";

import type { DefaultValues } from "react-hook-form";
import { ZAidePayment, type AidePaymentInput } from "@/lib/domain/aides/schemas";
import { MODE_PAIEMENT_LABELS } from "@/lib/domain/aides/labels";
import { recordAidePaymentAction } from "@/lib/actions/aides";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { options } from "@/components/accompagnements/options";

/** Payment of a granted aid: how and when (a correction overwrites the previous one). */
export function AidePaymentForm({ initial }: { initial: DefaultValues<AidePaymentInput> }) {
  const f = useActionForm({ schema: ZAidePayment, action: recordAidePaymentAction, defaultValues: initial });
  return (
    <ActionForm handle={f} aria-label="Paiement" success="Paiement enregistré.">
      <input type="hidden" {...f.field("id")} />
      <input type="hidden" {...f.field("updatedAt")} />
      <div className="field-row">
        <SelectField label="Mode de paiement" {...f.field("modePaiement")}>
          <option value="">Choisir…</option>
          {options(MODE_PAIEMENT_LABELS)}
        </SelectField>
        <TextField label="Date de paiement" type="date" {...f.field("payeLe")} />
      </div>
      <div className="actions">
        <SubmitButton handle={f}>Enregistrer le paiement</SubmitButton>
      </div>
    </ActionForm>
  );
}
