"use client";

import Link from "next/link";
import { ZTotpCode } from "@/lib/domain/auth/totp-schemas";
import { confirmTotpAction } from "@/lib/actions/totp";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";

/**
 * The enrolment code, then the recovery codes, shown once. The page renders this component in
 * the same place whether or not the account is enrolled (`pending`): a page the server renders
 * after the form was posted without JavaScript still shows the codes it just answered.
 */
export function TotpEnrolForm({ pending }: { pending: boolean }) {
  const f = useActionForm({ schema: ZTotpCode, action: confirmTotpAction, defaultValues: { code: "" } });
  const recoveryCodes = f.state?.ok ? (f.state.data as { recoveryCodes: string[] }).recoveryCodes : null;

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
  if (!pending) return null;

  return (
    <ActionForm handle={f} className="">
      <TextField label="Code à 6 chiffres" autoComplete="one-time-code" inputMode="numeric" {...f.field("code")} />
      <SubmitButton handle={f}>Activer la double authentification</SubmitButton>
    </ActionForm>
  );
}
