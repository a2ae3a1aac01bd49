"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZCourrierHandOver, type CourrierHandOver, type CourrierHandOverInput } from "@/lib/domain/domiciliation/schemas";
import { handOverCourrierAction, returnCourrierAction } from "@/lib/actions/courrier";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";

/** Handing over (the person signs the register) or returning one piece of mail. */
export function CourrierRowActions({ id, today, label, canHandOver }: { id: string; today: string; label: string; canHandOver: boolean }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CourrierHandOverInput, unknown, CourrierHandOver>({
    resolver: zodResolver(ZCourrierHandOver),
    defaultValues: { id, remisLe: today, signatureRecue: false as never },
  });
  const { register, formState: { errors, isSubmitting } } = form;
  async function onSubmit() {
    setFormError(null);
    const result = await handOverCourrierAction(form.getValues());
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    router.refresh();
  }
  async function sendBack() {
    setFormError(null);
    const result = await returnCourrierAction({ id, retourneLe: today });
    if (!result.ok) return setFormError(result.formError);
    router.refresh();
  }
  return (
    <div>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {canHandOver ? (
        <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label={`Remise du courrier ${label}`}>
          <TextField label="Remis le" type="date" error={errors.remisLe?.message} {...register("remisLe")} />
          <label className="checkbox"><input type="checkbox" {...register("signatureRecue")} /> La personne a signé le registre</label>
          {errors.signatureRecue ? <p className="field-error">{errors.signatureRecue.message}</p> : null}
          <div className="actions">
            <button type="submit" className="btn btn--small" disabled={isSubmitting}>Remettre le courrier</button>
            <button type="button" className="btn btn--secondary btn--small" onClick={sendBack}>Retourner à l&apos;expéditeur</button>
          </div>
        </form>
      ) : (
        <button type="button" className="btn btn--secondary btn--small" onClick={sendBack}>Retourner à l&apos;expéditeur</button>
      )}
    </div>
  );
}
