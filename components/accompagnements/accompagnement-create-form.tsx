"use client";

import Link from "next/link";
import { ZAccompagnementCreate } from "@/lib/domain/accompagnements/schemas";
import { ACCOMPAGNEMENT_TYPE_LABELS, type AccompagnementType } from "@/lib/domain/accompagnements/labels";
import { openAccompagnementAction } from "@/lib/actions/accompagnements";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { options } from "./options";

type Person = { id: string; firstName: string; lastName: string };

/** A RESPONSABLE chooses the référent; a travailleur social opens the accompagnement for themself. */
export function AccompagnementCreateForm({ usagerId, type, today, referents, actorId, isResponsable }: {
  usagerId: string; type: AccompagnementType | ""; today: string; referents: Person[]; actorId: string; isResponsable: boolean;
}) {
  const f = useActionForm({
    schema: ZAccompagnementCreate,
    action: openAccompagnementAction,
    defaultValues: { usagerId, type: type || undefined, referentId: isResponsable ? actorId : "", debut: today, finPrevue: "", demarre: false },
  });
  const referentError = f.error("referentId");
  const demarre = f.checkbox("demarre");
  return (
    <ActionForm handle={f}>
      <input type="hidden" {...f.field("usagerId")} />
      <SelectField label="Type d'accompagnement" {...f.field("type")}>
        <option value="">Choisir…</option>
        {options(ACCOMPAGNEMENT_TYPE_LABELS)}
      </SelectField>
      {isResponsable ? (
        <SelectField label="Référent·e de l'accompagnement" {...f.field("referentId")}>
          {referents.map((r) => <option key={r.id} value={r.id}>{r.lastName} {r.firstName}{r.id === actorId ? " (vous)" : ""}</option>)}
        </SelectField>
      ) : (
        <p className="hint">
          <input type="hidden" {...f.field("referentId")} />
          Vous serez le ou la référent·e de cet accompagnement.{referentError ? <span className="field-error"> {referentError}</span> : null}
        </p>
      )}
      <div className="field-row">
        <TextField label="Date de début" type="date" {...f.field("debut")} />
        <TextField label="Date de fin prévue" type="date" hint="Facultative, 5 ans au plus" {...f.field("finPrevue")} />
      </div>
      <div className="field checkbox">
        <input {...demarre} id={`${f.group("demarre").id}`} />
        <label htmlFor={f.group("demarre").id}>La personne a donné son accord : l&apos;accompagnement commence tout de suite (sinon, il est seulement proposé).</label>
      </div>
      <div className="actions">
        <SubmitButton handle={f}>Ouvrir l&apos;accompagnement</SubmitButton>
        <Link className="btn btn--secondary" href={`/usagers/${usagerId}`}>Annuler</Link>
      </div>
    </ActionForm>
  );
}
