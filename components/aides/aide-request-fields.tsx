"use client";

import type { UseFormReturn } from "react-hook-form";
import type { AideCreate, AideCreateInput } from "@/lib/domain/aides/schemas";
import { AIDE_TYPE_LABELS } from "@/lib/domain/aides/labels";
import { ACCOMPAGNEMENT_TYPE_SHORT, type AccompagnementType } from "@/lib/domain/accompagnements/labels";
import { SelectField, TextField } from "@/components/forms/field";
import { options } from "@/components/accompagnements/options";

export type AideRequestForm = UseFormReturn<AideCreateInput, unknown, AideCreate>;
export type LinkableAccompagnement = { id: string; type: AccompagnementType; debut: string };

/** Fields shared by the request form and its edit form. */
export function AideRequestFields({ form, accompagnements }: { form: AideRequestForm; accompagnements: LinkableAccompagnement[] }) {
  const { register, formState: { errors } } = form;
  const fr = (iso: string) => iso.split("-").reverse().join("/");
  return (
    <>
      <div className="field-row">
        <SelectField label="Type d'aide" error={errors.type?.message} {...register("type")}>
          <option value="">Choisir…</option>
          {options(AIDE_TYPE_LABELS)}
        </SelectField>
        <TextField label="Montant demandé (€)" inputMode="decimal" hint="Par exemple 150 ou 1 234,56" error={errors.montantDemande?.message} {...register("montantDemande")} />
      </div>
      <TextField label="Objet de la demande" hint="Facultatif : facture d'énergie, colis alimentaire… Restez factuel." error={errors.objet?.message} {...register("objet")} />
      <div className="field-row">
        <TextField label="Date de la demande" type="date" error={errors.demandeLe?.message} {...register("demandeLe")} />
        <SelectField label="Accompagnement lié" error={errors.accompagnementId?.message} {...register("accompagnementId")}>
          <option value="">Aucun</option>
          {accompagnements.map((a) => <option key={a.id} value={a.id}>{ACCOMPAGNEMENT_TYPE_SHORT[a.type]} (depuis le {fr(a.debut)})</option>)}
        </SelectField>
      </div>
    </>
  );
}
