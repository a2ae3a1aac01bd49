"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE_MESSAGE, SIGN_IN_FAILED, ZSignIn, type SignInValues } from "@/lib/domain/auth/schemas";
import { SECOND_FACTOR_REQUIRED, SIGN_IN_THROTTLED, SIGN_IN_THROTTLED_MESSAGE } from "@/lib/domain/auth/totp-schemas";
import { TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { SignInCodeForm } from "./sign-in-code-form";

/** Step one: e-mail and password. For an account with a second factor, step two asks the code. */
export function SignInForm() {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState<SignInValues | null>(null);
  const form = useForm<SignInValues>({ resolver: zodResolver(ZSignIn), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: SignInValues) {
    setFailure(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.error === SECOND_FACTOR_REQUIRED) {
      setPending(values);
      return;
    }
    if (!result || result.error || !result.ok) {
      setFailure(
        result?.error === SERVICE_UNAVAILABLE ? SERVICE_UNAVAILABLE_MESSAGE : result?.error === SIGN_IN_THROTTLED ? SIGN_IN_THROTTLED_MESSAGE : SIGN_IN_FAILED,
      );
      form.setValue("password", "");
      form.setFocus("password");
      return;
    }
    // The server decides the landing page from the role.
    router.replace("/");
    router.refresh();
  }

  if (pending) {
    return (
      <SignInCodeForm
        credentials={pending}
        onCancel={() => {
          setPending(null);
          form.setValue("password", "");
        }}
      />
    );
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <TextField label="Adresse e-mail" type="email" autoComplete="username" error={errors.email?.message} {...form.register("email")} />
      <TextField label="Mot de passe" type="password" autoComplete="current-password" error={errors.password?.message} {...form.register("password")} />
      <button type="submit" className="btn" disabled={isSubmitting}>
        {isSubmitting ? "Connexion…" : "Se connecter"}
      </button>
    </form>
  );
}
