"use client";

import { ZNoticeGiven } from "@/lib/domain/rgpd/notice-schemas";
import { recordNoticeGivenAction } from "@/lib/actions/rgpd";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";

/** The notice PDF to print, and the date it was handed over, recorded on the dossier. */
export function NoticeGivenForm({ usagerId, today }: { usagerId: string; today: string }) {
  const f = useActionForm({ schema: ZNoticeGiven, action: recordNoticeGivenAction, defaultValues: { usagerId, date: today } });
  return (
    <ActionForm handle={f} aria-label="Remise de la notice d'information" success="Date de remise de la notice enregistrée.">
      <div className="actions">
        <a className="btn btn--secondary btn--small" href={`/api/usagers/${usagerId}/notice`}>Notice d&apos;information (PDF)</a>
      </div>
      <input type="hidden" name="usagerId" value={usagerId} />
      <div className="field-row">
        <TextField label="Notice remise le" type="date" max={today} {...f.field("date")} />
      </div>
      <SubmitButton handle={f} className="btn btn--small">Enregistrer la remise</SubmitButton>
    </ActionForm>
  );
}
