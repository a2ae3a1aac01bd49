"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE_MESSAGE, type SignInValues } from "@/lib/domain/auth/schemas";
import { SECOND_FACTOR_FAILED, SIGN_IN_THROTTLED, SIGN_IN_THROTTLED_MESSAGE, ZSignInCode, type SignInCodeValues } from "@/lib/domain/auth/totp-schemas";
import { TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";

/**
 * Step two of sign-in: the password is sent again with the code (next-auth keeps no state
 * between the two steps), so the server checks both, and the lockout counts a wrong code.
 */
export function SignInCodeForm({ credentials, onCancel }: { credentials: SignInValues; onCancel: () => void }) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SignInCodeValues>({ resolver: zodResolver(ZSignInCode), defaultValues: { code: "" } });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: SignInCodeValues) {
    setFailure(null);
    const result = await signIn("credentials", { ...credentials, code: values.code, redirect: false });
    if (!result || result.error || !result.ok) {
      setFailure(
        result?.error === SERVICE_UNAVAILABLE ? SERVICE_UNAVAILABLE_MESSAGE : result?.error === SIGN_IN_THROTTLED ? SIGN_IN_THROTTLED_MESSAGE : SECOND_FACTOR_FAILED,
      );
      form.setValue("code", "");
      form.setFocus("code");
      return;
    }
    router.replace("/");
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <h2>Double authentification</h2>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <TextField
        label="Code de vérification"
        autoComplete="one-time-code"
        inputMode="numeric"
        autoFocus
        hint="Les 6 chiffres affichés par votre application d'authentification, ou l'un de vos codes de secours."
        error={errors.code?.message}
        {...form.register("code")}
      />
      <div className="actions">
        <button type="submit" className="btn" disabled={isSubmitting}>
          {isSubmitting ? "Vérification…" : "Valider le code"}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onCancel}>
          Retour
        </button>
      </div>
    </form>
  );
}
