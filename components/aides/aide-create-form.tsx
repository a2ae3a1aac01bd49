"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZAideCreate, type AideCreate, type AideCreateInput } from "@/lib/domain/aides/schemas";
import { createAideAction } from "@/lib/actions/aides";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Alert } from "@/components/ui/alert";
import { AideRequestFields, type LinkableAccompagnement } from "./aide-request-fields";

export function AideCreateForm({ usagerId, today, accompagnementId, accompagnements }: {
  usagerId: string; today: string; accompagnementId: string; accompagnements: LinkableAccompagnement[];
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<AideCreateInput, unknown, AideCreate>({
    resolver: zodResolver(ZAideCreate),
    defaultValues: { usagerId, objet: "", montantDemande: "", demandeLe: today, accompagnementId },
  });

  async function onSubmit() {
    setFormError(null);
    const result = await createAideAction(form.getValues());
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    router.push(`/usagers/${usagerId}/aides/${result.data.id}`);
    router.refresh();
  }

  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <AideRequestFields form={form} accompagnements={accompagnements} />
      <div className="actions">
        <button type="submit" className="btn" disabled={form.formState.isSubmitting}>Enregistrer la demande</button>
        <Link className="btn btn--secondary" href={`/usagers/${usagerId}`}>Annuler</Link>
      </div>
    </form>
  );
}
