"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZAideUpdate, type AideUpdate, type AideUpdateInput } from "@/lib/domain/aides/schemas";
import { updateAideAction } from "@/lib/actions/aides";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Alert } from "@/components/ui/alert";
import { useCloseDisclosure } from "@/components/accompagnements/disclosure";
import { AideRequestFields, type AideRequestForm, type LinkableAccompagnement } from "./aide-request-fields";

/** Correcting a request while it is not decided (amount, type, date, accompagnement). */
export function AideEditForm({ initial, accompagnements }: { initial: AideUpdateInput; accompagnements: LinkableAccompagnement[] }) {
  const router = useRouter();
  const close = useCloseDisclosure();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<AideUpdateInput, unknown, AideUpdate>({ resolver: zodResolver(ZAideUpdate), defaultValues: initial });
  // Same field names as the request form: the fields are shared.
  const shared = form as unknown as AideRequestForm;

  async function onSubmit() {
    setFormError(null);
    const result = await updateAideAction(form.getValues());
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    close();
    router.refresh();
  }

  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label="Modifier la demande">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <AideRequestFields form={shared} accompagnements={accompagnements} />
      <div className="actions">
        <button type="submit" className="btn" disabled={form.formState.isSubmitting}>Enregistrer</button>
      </div>
    </form>
  );
}
