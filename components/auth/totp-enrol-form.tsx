"use client";

import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZTotpCode, type TotpCodeInput } from "@/lib/domain/auth/totp-schemas";
import { confirmTotpAction } from "@/lib/actions/totp";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";

export function TotpEnrolForm() {
  const [formError, setFormError] = useState<string | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const form = useForm<TotpCodeInput>({ resolver: zodResolver(ZTotpCode), defaultValues: { code: "" } });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: TotpCodeInput) {
    const result = await confirmTotpAction(values);
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    setRecoveryCodes(result.data.recoveryCodes);
  }

  if (recoveryCodes) {
    return (
      <section aria-labelledby="codes-secours">
        <Alert tone="success">Double authentification activée.</Alert>
        <h2 id="codes-secours">Vos codes de secours</h2>
        <p>
          Chacun sert une seule fois, si le téléphone n&apos;est pas disponible. Notez-les ou imprimez-les et gardez-les en lieu
          sûr : ils ne seront plus jamais affichés.
        </p>
        <ul className="recovery-codes" data-testid="recovery-codes">
          {recoveryCodes.map((code) => (
            <li key={code}><code>{code}</code></li>
          ))}
        </ul>
        <p><Link className="btn" href="/">J&apos;ai noté mes codes, continuer</Link></p>
      </section>
    );
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField label="Code à 6 chiffres" autoComplete="one-time-code" inputMode="numeric" error={errors.code?.message} {...form.register("code")} />
      <button type="submit" className="btn" disabled={isSubmitting}>Activer la double authentification</button>
    </form>
  );
}
