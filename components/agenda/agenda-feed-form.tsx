"use client";

// Creating a subscription URL: its address is shown once, here, right after creation.
import { ZAgendaFeed } from "@/lib/domain/agenda/feed-schemas";
import { createAgendaFeedAction } from "@/lib/actions/absences";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { RequiredNote, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";

export function AgendaFeedForm() {
  const f = useActionForm({ schema: ZAgendaFeed, action: createAgendaFeedAction, defaultValues: { label: "" } });
  const created = f.state?.ok ? (f.state.data as { url: string }).url : null;
  return (
    <>
      {created ? (
        <Alert tone="success">
          <p>Copiez cette adresse dans votre agenda (Outlook, Thunderbird, téléphone) : elle ne sera plus affichée.</p>
          <label htmlFor="adresse-flux">Adresse de l&apos;abonnement</label>
          <input id="adresse-flux" className="input" readOnly value={created} data-testid="agenda-feed-url" />
        </Alert>
      ) : null}
      <ActionForm handle={f} aria-label="Nouvel abonnement à l'agenda">
        <RequiredNote />
        <TextField label="Nom de l'abonnement" required maxLength={60} placeholder="Téléphone" {...f.field("label")} />
        <div className="actions"><SubmitButton handle={f}>Créer une adresse d&apos;abonnement</SubmitButton></div>
      </ActionForm>
    </>
  );
}
