"use client";

import { ZAccompagnementUpdate, type AccompagnementUpdateInput } from "@/lib/domain/accompagnements/schemas";
import { updateAccompagnementAction } from "@/lib/actions/accompagnements";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { Disclosure } from "./disclosure";

type Person = { id: string; firstName: string; lastName: string };

/** Référent (a RESPONSABLE may hand the accompagnement over) and dates. */
export function AccompagnementCommonForm({ label, initial, referents, isResponsable }: {
  label: string; initial: AccompagnementUpdateInput; referents: Person[]; isResponsable: boolean;
}) {
  const f = useActionForm({ schema: ZAccompagnementUpdate, action: updateAccompagnementAction, defaultValues: initial });
  const referentError = f.error("referentId");
  return (
    <Disclosure label={label} defaultOpen={!f.interactive && f.formError !== null}>
      <ActionForm handle={f} aria-label="Modifier les informations générales">
        <input type="hidden" {...f.field("id")} />
        <input type="hidden" {...f.field("version")} />
        {isResponsable ? (
          <SelectField label="Référent·e" {...f.field("referentId")}>
            {referents.map((r) => <option key={r.id} value={r.id}>{r.lastName} {r.firstName}</option>)}
          </SelectField>
        ) : (
          <p className="hint">
            <input type="hidden" {...f.field("referentId")} />
            Seul·e un·e responsable peut confier l&apos;accompagnement à un·e autre référent·e.
            {referentError ? <span className="field-error"> {referentError}</span> : null}</p>
        )}
        <div className="field-row">
          <TextField label="Date de début" type="date" {...f.field("debut")} />
          <TextField label="Date de fin prévue" type="date" {...f.field("finPrevue")} />
        </div>
        <div className="actions">
          <SubmitButton handle={f}>Enregistrer</SubmitButton>
        </div>
      </ActionForm>
    </Disclosure>
  );
}
