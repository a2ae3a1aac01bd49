"use client";

// Correcting one's own message during its first 10 minutes (the server checks the delay again).
import { MAX_TRANSMISSION, ZTransmissionEdit } from "@/lib/domain/transmissions/schemas";
import { editTransmissionAction } from "@/lib/actions/transmissions";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextAreaField } from "@/components/forms/field";
import { Disclosure } from "@/components/accompagnements/disclosure";

export function TransmissionEditForm({ transmissionId, texte }: { transmissionId: string; texte: string }) {
  const f = useActionForm({ schema: ZTransmissionEdit, action: editTransmissionAction, defaultValues: { transmissionId, texte } });
  return (
    <Disclosure label="Corriger" defaultOpen={!f.interactive && f.formError !== null}>
      <ActionForm handle={f} aria-label="Corriger le message" success="Message corrigé.">
        <input type="hidden" {...f.field("transmissionId")} />
        <TextAreaField label="Message corrigé" required rows={3} maxLength={MAX_TRANSMISSION} hint="Possible pendant 10 minutes après l'envoi ; ensuite, écrivez un nouveau message." {...f.field("texte")} />
        <div className="actions"><SubmitButton handle={f}>Enregistrer la correction</SubmitButton></div>
      </ActionForm>
    </Disclosure>
  );
}
