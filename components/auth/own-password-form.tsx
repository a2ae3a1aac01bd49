"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZOwnPasswordChange, type OwnPasswordChangeInput } from "@/lib/domain/users/schemas";
import { changeOwnPasswordAction } from "@/lib/actions/auth";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";

export function OwnPasswordForm({ admin }: { admin: boolean }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<OwnPasswordChangeInput>({
    resolver: zodResolver(ZOwnPasswordChange),
    defaultValues: { currentPassword: "", newPassword: "", confirmation: "" },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: OwnPasswordChangeInput) {
    const result = await changeOwnPasswordAction(values);
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    router.replace("/");
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField label="Mot de passe actuel" type="password" autoComplete="current-password" error={errors.currentPassword?.message} {...form.register("currentPassword")} />
      <TextField
        label="Nouveau mot de passe"
        type="password"
        autoComplete="new-password"
        hint={admin ? "Au moins 16 caractères, de 3 types différents." : "12 caractères de 4 types (minuscules, majuscules, chiffres, caractères spéciaux), ou 14 de 3 types."}
        error={errors.newPassword?.message}
        {...form.register("newPassword")}
      />
      <TextField label="Confirmation du nouveau mot de passe" type="password" autoComplete="new-password" error={errors.confirmation?.message} {...form.register("confirmation")} />
      <button type="submit" className="btn" disabled={isSubmitting}>Enregistrer le mot de passe</button>
    </form>
  );
}
