"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZPasswordReset, type PasswordResetInput } from "@/lib/domain/users/schemas";
import { resetUserPasswordAction } from "@/lib/actions/users";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";

export function PasswordResetForm({ userId }: { userId: string }) {
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<PasswordResetInput>({ resolver: zodResolver(ZPasswordReset), defaultValues: { id: userId, password: "" } });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: PasswordResetInput) {
    const result = await resetUserPasswordAction(values);
    if (!result.ok) return setMessage({ tone: "error", text: applyServerErrors(form.setError, result) ?? "" });
    form.reset({ id: userId, password: "" });
    setMessage({ tone: "success", text: "Mot de passe réinitialisé : le compte est débloqué et la personne devra le changer à sa prochaine connexion." });
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <input type="hidden" {...form.register("id")} />
      <TextField label="Nouveau mot de passe provisoire" type="password" autoComplete="new-password" error={errors.password?.message} {...form.register("password")} />
      <button type="submit" className="btn btn--secondary" disabled={isSubmitting}>Réinitialiser le mot de passe</button>
    </form>
  );
}
