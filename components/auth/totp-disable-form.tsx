"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZTotpCode, type TotpCodeInput } from "@/lib/domain/auth/totp-schemas";
import { disableTotpAction } from "@/lib/actions/totp";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";

export function TotpDisableForm() {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TotpCodeInput>({ resolver: zodResolver(ZTotpCode), defaultValues: { code: "" } });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: TotpCodeInput) {
    const result = await disableTotpAction(values);
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <h2>Désactiver</h2>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField label="Code actuel de l'application" autoComplete="one-time-code" inputMode="numeric" error={errors.code?.message} {...form.register("code")} />
      <button type="submit" className="btn btn--secondary" disabled={isSubmitting}>Désactiver la double authentification</button>
    </form>
  );
}
