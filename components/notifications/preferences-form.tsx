"use client";

// Per kind: in the app only (unticked), or also in the daily e-mail digest, which carries counts
// and a link only, never a name.
import { ZNotificationPreferences } from "@/lib/domain/notifications/schemas";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/domain/notifications/kinds";
import { saveNotificationPreferencesAction } from "@/lib/actions/notifications";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";

export function NotificationPreferencesForm({ email }: { email: NotificationKind[] }) {
  const f = useActionForm({ schema: ZNotificationPreferences, action: saveNotificationPreferencesAction, defaultValues: { email } });
  const group = f.group("email");
  return (
    <ActionForm handle={f} aria-label="Préférences de notification" success="Préférences enregistrées.">
      <fieldset id={group.id} aria-describedby={group.error ? `${group.id}-error` : undefined}>
        <legend>Recevoir aussi dans le récapitulatif quotidien par e-mail</legend>
        <p className="hint">Toutes les notifications restent dans Passerelle. Le récapitulatif ne contient que des nombres et un lien, jamais un nom.</p>
        {(Object.entries(NOTIFICATION_KINDS) as [NotificationKind, string][]).map(([k, l]) => (
          <label key={k} className="checkbox"><input {...f.checkbox("email", k)} /><span>{l}</span></label>
        ))}
        {group.error ? <p className="field-error" id={`${group.id}-error`}>{group.error}</p> : null}
      </fieldset>
      <div className="actions"><SubmitButton handle={f}>Enregistrer</SubmitButton></div>
    </ActionForm>
  );
}
