"use client";

import { ZTotpReset } from "@/lib/domain/auth/totp-schemas";
import { resetUserTotpAction } from "@/lib/actions/totp";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";

/**
 * ADMIN, on another account's page: removes its second factor (lost or replaced phone). A form
 * rather than an ActionButton: its confirmation stays once the button is gone.
 */
export function TotpResetForm({ userId, enabled }: { userId: string; enabled: boolean }) {
  const f = useActionForm({ schema: ZTotpReset, action: resetUserTotpAction, defaultValues: { id: userId } });
  return (
    <ActionForm handle={f} className=""
      success="Double authentification réinitialisée : la personne l'activera de nouveau à sa prochaine connexion (obligatoire pour un administrateur).">
      <input type="hidden" name="id" value={userId} />
      <p>{enabled ? "Activée sur ce compte." : "Non activée sur ce compte."}</p>
      {enabled ? <SubmitButton handle={f} className="btn btn--secondary">Réinitialiser la double authentification</SubmitButton> : null}
    </ActionForm>
  );
}
