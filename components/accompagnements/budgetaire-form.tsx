"use client";

import { useFieldArray, useWatch } from "react-hook-form";
import { ZBudgetaire, type BudgetaireInput } from "@/lib/domain/accompagnements/schemas";
import { SURENDETTEMENT_LABELS } from "@/lib/domain/accompagnements/labels";
import { centsToInput, euroAmount } from "@/lib/domain/shared/fields";
import { saveBudgetaireAction } from "@/lib/actions/accompagnements";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { Disclosure } from "./disclosure";
import { options } from "./options";

const toCents = (v: string | undefined) => {
  const parsed = euroAmount("Mensualité").safeParse(v ?? "");
  return parsed.success ? parsed.data : 0;
};
const signed = (c: number) => (c < 0 ? `-${centsToInput(-c)}` : centsToInput(c));

/**
 * Debts, Banque de France file, and the reste à vivre after plan the worker retains. The figure
 * suggested follows the debts as they are typed: the dossier's disponible minus the repayments.
 */
export function BudgetaireForm({ label, initial, disponibleAvantCents }: { label: string; initial: BudgetaireInput; disponibleAvantCents: number }) {
  const f = useActionForm({ schema: ZBudgetaire, action: saveBudgetaireAction, defaultValues: initial });
  const { control, setValue } = f.form;
  const { fields, append, remove } = useFieldArray({ control, name: "dettes" });
  const dettes = useWatch({ control, name: "dettes" });
  const computedApresPlan = signed(disponibleAvantCents - (dettes ?? []).reduce((s, d) => s + toCents(d?.mensualite), 0));

  return (
    <Disclosure label={label} defaultOpen={!f.interactive && f.formError !== null}>
      <ActionForm handle={f} aria-label="Modifier le budget et les dettes">
        <input type="hidden" {...f.field("id")} />
        <input type="hidden" {...f.field("version")} />
        <SelectField label="Dossier de surendettement (Banque de France)" {...f.field("surendettement")}>
          {options(SURENDETTEMENT_LABELS)}
        </SelectField>
        <fieldset>
          <legend>Dettes</legend>
          {fields.length === 0 ? <p className="muted">Aucune dette.</p> : null}
          {fields.map((field, i) => (
            <div className="repeat-row" key={field.id}>
              <TextField label={`Créancier ${i + 1}`} {...f.field(`dettes.${i}.creancier`)} />
              <TextField label="Restant dû (€)" inputMode="decimal" {...f.field(`dettes.${i}.montant`)} />
              <TextField label="Mensualité (€)" inputMode="decimal" {...f.field(`dettes.${i}.mensualite`)} />
              <button type="button" className="btn btn--secondary btn--small" onClick={() => remove(i)}>
                Retirer<span className="sr-only"> la dette {i + 1}</span>
              </button>
            </div>
          ))}
          <button type="button" className="btn btn--secondary btn--small" onClick={() => append({ creancier: "", montant: "", mensualite: "" })}>
            Ajouter une dette
          </button>
        </fieldset>
        <TextField label="Reste à vivre mensuel du foyer après plan (€)" inputMode="decimal"
          hint={<>Calcul : disponible du dossier moins les mensualités saisies = {computedApresPlan} €. Peut être négatif (précédé de « - »).</>}
          {...f.field("resteAVivreApresPlan")} />
        <button type="button" className="btn btn--secondary btn--small" onClick={() => setValue("resteAVivreApresPlan", computedApresPlan)}>
          Reprendre le montant calculé
        </button>
        <div className="actions">
          <SubmitButton handle={f}>Enregistrer</SubmitButton>
        </div>
      </ActionForm>
    </Disclosure>
  );
}
