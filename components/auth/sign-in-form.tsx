"use client";

// Step one of sign-in, a real <form method="post"> to a server action (decision 0022): sent
// before hydration or without JavaScript it signs in all the same, and neither the e-mail nor the
// password ever appears in the address. For an account with a second factor, the action sends
// the browser back to /connexion, which then shows step two (sign-in-code-form.tsx).
import { useEffect } from "react";
import { ZSignIn } from "@/lib/domain/auth/schemas";
import { signInAction } from "@/lib/actions/auth";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";

export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const f = useActionForm({ schema: ZSignIn, action: signInAction, defaultValues: { email: "", password: "" } });
  const { state, form } = f;

  // A refused password is never kept in the page: the field is emptied and takes the focus.
  useEffect(() => {
    if (!state || state.ok || Object.keys(state.fieldErrors).length > 0) return;
    form.setValue("password", "");
    form.setFocus("password");
  }, [state, form]);

  return (
    <ActionForm handle={f} className="" aria-label="Connexion">
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField label="Adresse e-mail" type="email" autoComplete="username" {...f.field("email")} />
      <TextField label="Mot de passe" type="password" autoComplete="current-password" {...f.field("password")} defaultValue="" />
      <SubmitButton handle={f} pendingLabel="Connexion…">Se connecter</SubmitButton>
    </ActionForm>
  );
}
