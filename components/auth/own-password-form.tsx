"use client";

import { ZOwnPasswordChange } from "@/lib/domain/users/schemas";
import { changeOwnPasswordAction } from "@/lib/actions/auth";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";

/** Once changed, the action sends the person to the home page. Passwords are never written back into the page. */
export function OwnPasswordForm({ admin }: { admin: boolean }) {
  const f = useActionForm({
    schema: ZOwnPasswordChange,
    action: changeOwnPasswordAction,
    defaultValues: { currentPassword: "", newPassword: "", confirmation: "" },
  });

  return (
    <ActionForm handle={f} className="">
      <TextField label="Mot de passe actuel" type="password" autoComplete="current-password" {...f.field("currentPassword")} defaultValue="" />
      <TextField
        label="Nouveau mot de passe"
        type="password"
        autoComplete="new-password"
        hint={admin ? "Au moins 16 caractères, de 3 types différents." : "12 caractères de 4 types (minuscules, majuscules, chiffres, caractères spéciaux), ou 14 de 3 types."}
        {...f.field("newPassword")}
        defaultValue=""
      />
      <TextField label="Confirmation du nouveau mot de passe" type="password" autoComplete="new-password" {...f.field("confirmation")} defaultValue="" />
      <SubmitButton handle={f}>Enregistrer le mot de passe</SubmitButton>
    </ActionForm>
  );
}
