"use client";

import { ZAideUpdate, type AideUpdateInput } from "@/lib/domain/aides/schemas";
import { updateAideAction } from "@/lib/actions/aides";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { Disclosure } from "@/components/accompagnements/disclosure";
import { AideRequestFields, type AideRequestForm, type LinkableAccompagnement } from "./aide-request-fields";

/** Correcting a request while it is not decided (amount, type, date, accompagnement). */
export function AideEditForm({ label, initial, accompagnements }: { label: string; initial: AideUpdateInput; accompagnements: LinkableAccompagnement[] }) {
  const f = useActionForm({ schema: ZAideUpdate, action: updateAideAction, defaultValues: initial });
  // Same field names as the request form: the fields are shared.
  const shared = f as unknown as AideRequestForm;
  return (
    <Disclosure label={label} defaultOpen={!f.interactive && f.formError !== null}>
      <ActionForm handle={f} aria-label="Modifier la demande">
        <input type="hidden" {...f.field("id")} />
        <input type="hidden" {...f.field("updatedAt")} />
        <AideRequestFields f={shared} accompagnements={accompagnements} />
        <div className="actions">
          <SubmitButton handle={f}>Enregistrer</SubmitButton>
        </div>
      </ActionForm>
    </Disclosure>
  );
}
