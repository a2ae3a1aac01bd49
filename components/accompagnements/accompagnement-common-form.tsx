"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZAccompagnementUpdate, type AccompagnementUpdate, type AccompagnementUpdateInput } from "@/lib/domain/accompagnements/schemas";
import { updateAccompagnementAction } from "@/lib/actions/accompagnements";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { useCloseDisclosure } from "./disclosure";

type Person = { id: string; firstName: string; lastName: string };

/** Référent (a RESPONSABLE may hand the accompagnement over) and dates. */
export function AccompagnementCommonForm({ initial, referents, isResponsable }: {
  initial: AccompagnementUpdateInput; referents: Person[]; isResponsable: boolean;
}) {
  const router = useRouter();
  const close = useCloseDisclosure();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<AccompagnementUpdateInput, unknown, AccompagnementUpdate>({ resolver: zodResolver(ZAccompagnementUpdate), defaultValues: initial });
  const { register, formState: { errors, isSubmitting } } = form;

  async function onSubmit() {
    setFormError(null);
    const result = await updateAccompagnementAction(form.getValues());
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    close();
    router.refresh();
  }

  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label="Modifier les informations générales">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {isResponsable ? (
        <SelectField label="Référent·e" error={errors.referentId?.message} {...register("referentId")}>
          {referents.map((r) => <option key={r.id} value={r.id}>{r.lastName} {r.firstName}</option>)}
        </SelectField>
      ) : (
        <p className="hint">Seul·e un·e responsable peut confier l&apos;accompagnement à un·e autre référent·e.
          {errors.referentId ? <span className="field-error"> {errors.referentId.message}</span> : null}</p>
      )}
      <div className="field-row">
        <TextField label="Date de début" type="date" error={errors.debut?.message} {...register("debut")} />
        <TextField label="Date de fin prévue" type="date" error={errors.finPrevue?.message} {...register("finPrevue")} />
      </div>
      <div className="actions">
        <button type="submit" className="btn" disabled={isSubmitting}>Enregistrer</button>
      </div>
    </form>
  );
}
