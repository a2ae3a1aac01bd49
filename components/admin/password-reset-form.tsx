"use client";

import { ZPasswordReset } from "@/lib/domain/users/schemas";
import { resetUserPasswordAction } from "@/lib/actions/users";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";

/** `social`: the account opens dossiers; the ADMIN asks a responsable for a new code instead (decision 0070). */
export function PasswordResetForm({ userId, social = false }: { userId: string; social?: boolean }) {
  const f = useActionForm({
    schema: ZPasswordReset,
    action: resetUserPasswordAction,
    defaultValues: { id: userId, password: "" },
    onSuccess: (_data, form) => form.reset({ id: userId, password: "" }),
  });

  if (social) {
    return (
      <ActionForm handle={f} className=""
        success="Demande envoyée : le compte attend l'approbation d'un responsable, qui remettra un code d'activation à la personne.">
        <input type="hidden" name="id" value={userId} />
        <input type="hidden" name="password" value="" />
        <p>Ce compte ouvre des dossiers : vous ne pouvez pas lui donner de mot de passe. La réinitialisation le remet en attente ; un responsable de la structure l&apos;approuve et remet un code d&apos;activation à la personne. Ses sessions ouvertes sont fermées.</p>
        <SubmitButton handle={f} className="btn btn--secondary">Demander un nouveau code d&apos;activation</SubmitButton>
      </ActionForm>
    );
  }
  return (
    <ActionForm handle={f} className=""
      success="Mot de passe réinitialisé : le compte est débloqué et la personne devra le changer à sa prochaine connexion.">
      <input type="hidden" name="id" value={userId} />
      <TextField label="Nouveau mot de passe provisoire" type="password" autoComplete="new-password" {...f.field("password")} defaultValue="" />
      <SubmitButton handle={f} className="btn btn--secondary">Réinitialiser le mot de passe</SubmitButton>
    </ActionForm>
  );
}
