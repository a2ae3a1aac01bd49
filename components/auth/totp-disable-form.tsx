"use client";

import { ZTotpCode } from "@/lib/domain/auth/totp-schemas";
import { disableTotpAction } from "@/lib/actions/totp";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";

/** Once disabled, the page shows the enrolment again (the action refreshes it). */
export function TotpDisableForm() {
  const f = useActionForm({ schema: ZTotpCode, action: disableTotpAction, defaultValues: { code: "" } });
  return (
    <section aria-labelledby="totp-desactiver">
      <h2 id="totp-desactiver">Désactiver</h2>
      <ActionForm handle={f} className="">
        <TextField label="Code actuel de l'application" autoComplete="one-time-code" inputMode="numeric" {...f.field("code")} />
        <SubmitButton handle={f} className="btn btn--secondary">Désactiver la double authentification</SubmitButton>
      </ActionForm>
    </section>
  );
}
