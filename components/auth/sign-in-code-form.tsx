"use client";

// Step two of sign-in, for an account with a second factor. The password was checked in step one
// and is not sent again: the server holds a short-lived proof of it in an HttpOnly cookie
// (lib/auth/sign-in-request.ts). A wrong code counts toward the lockout like a wrong password.
import { useEffect } from "react";
import { ZSignInCode } from "@/lib/domain/auth/totp-schemas";
import { cancelSignInCodeAction, signInCodeAction } from "@/lib/actions/auth";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { ActionButton } from "@/components/forms/action-button";
import { TextField } from "@/components/forms/field";

export function SignInCodeForm({ callbackUrl }: { callbackUrl: string | null }) {
  const f = useActionForm({ schema: ZSignInCode, action: signInCodeAction, defaultValues: { code: "" } });
  const { state, form } = f;

  useEffect(() => {
    if (!state || state.ok || Object.keys(state.fieldErrors).length > 0) return;
    form.setValue("code", "");
    form.setFocus("code");
  }, [state, form]);

  return (
    <>
      <h2>Double authentification</h2>
      <ActionForm handle={f} className="" aria-label="Double authentification">
        {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
        <TextField
          label="Code de vérification"
          autoComplete="one-time-code"
          inputMode="numeric"
          autoFocus
          hint="Les 6 chiffres affichés par votre application d'authentification, ou l'un de vos codes de secours."
          {...f.field("code")}
          defaultValue=""
        />
        <SubmitButton handle={f} pendingLabel="Vérification…">Valider le code</SubmitButton>
      </ActionForm>
      <ActionButton action={cancelSignInCodeAction} fields={{}} className="btn btn--secondary">
        Retour
      </ActionButton>
    </>
  );
}
