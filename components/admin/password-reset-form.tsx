"use client";

import { ZPasswordReset } from "@/lib/domain/users/schemas";
import { resetUserPasswordAction } from "@/lib/actions/users";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";

export function PasswordResetForm({ userId }: { userId: string }) {
  const f = useActionForm({
    schema: ZPasswordReset,
    action: resetUserPasswordAction,
    defaultValues: { id: userId, password: "" },
    onSuccess: (_data, form) => form.reset({ id: userId, password: "" }),
  });

  return (
    <ActionForm handle={f} className=""
      success="Mot de passe réinitialisé : le compte est débloqué et la personne devra le changer à sa prochaine connexion.">
      <input type="hidden" name="id" value={userId} />
      <TextField label="Nouveau mot de passe provisoire" type="password" autoComplete="new-password" {...f.field("password")} defaultValue="" />
      <SubmitButton handle={f} className="btn btn--secondary">Réinitialiser le mot de passe</SubmitButton>
    </ActionForm>
  );
}
