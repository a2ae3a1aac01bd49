"use client";

import Link from "next/link";
import { ZAideCreate } from "@/lib/domain/aides/schemas";
import { createAideAction } from "@/lib/actions/aides";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { AideRequestFields, type LinkableAccompagnement } from "./aide-request-fields";

/** Saved, the action opens the new request. */
export function AideCreateForm({ usagerId, today, accompagnementId, accompagnements }: {
  usagerId: string; today: string; accompagnementId: string; accompagnements: LinkableAccompagnement[];
}) {
  const f = useActionForm({
    schema: ZAideCreate,
    action: createAideAction,
    defaultValues: { usagerId, objet: "", montantDemande: "", demandeLe: today, accompagnementId },
  });
  return (
    <ActionForm handle={f}>
      <input type="hidden" {...f.field("usagerId")} />
      <AideRequestFields f={f} accompagnements={accompagnements} />
      <div className="actions">
        <SubmitButton handle={f}>Enregistrer la demande</SubmitButton>
        <Link className="btn btn--secondary" href={`/usagers/${usagerId}`}>Annuler</Link>
      </div>
    </ActionForm>
  );
}
