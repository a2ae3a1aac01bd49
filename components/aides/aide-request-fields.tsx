"use client";

import type { ZAideCreate } from "@/lib/domain/aides/schemas";
import { AIDE_TYPE_LABELS } from "@/lib/domain/aides/labels";
import { ACCOMPAGNEMENT_TYPE_SHORT, type AccompagnementType } from "@/lib/domain/accompagnements/labels";
import type { ActionFormApi } from "@/components/forms/use-action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { options } from "@/components/accompagnements/options";

export type AideRequestForm = ActionFormApi<typeof ZAideCreate>;
export type LinkableAccompagnement = { id: string; type: AccompagnementType; debut: string };

/** Fields shared by the request form and its edit form. */
export function AideRequestFields({ f, accompagnements }: { f: AideRequestForm; accompagnements: LinkableAccompagnement[] }) {
  const fr = (iso: string) => iso.split("-").reverse().join("/");
  return (
    <>
      <div className="field-row">
        <SelectField label="Type d'aide" {...f.field("type")}>
          <option value="">Choisir…</option>
          {options(AIDE_TYPE_LABELS)}
        </SelectField>
        <TextField label="Montant demandé (€)" inputMode="decimal" hint="Par exemple 150 ou 1 234,56" {...f.field("montantDemande")} />
      </div>
      <TextField label="Objet de la demande" hint="Facultatif : facture d'énergie, colis alimentaire… Restez factuel." {...f.field("objet")} />
      <div className="field-row">
        <TextField label="Date de la demande" type="date" {...f.field("demandeLe")} />
        <SelectField label="Accompagnement lié" {...f.field("accompagnementId")}>
          <option value="">Aucun</option>
          {accompagnements.map((a) => <option key={a.id} value={a.id}>{ACCOMPAGNEMENT_TYPE_SHORT[a.type]} (depuis le {fr(a.debut)})</option>)}
        </SelectField>
      </div>
    </>
  );
}
