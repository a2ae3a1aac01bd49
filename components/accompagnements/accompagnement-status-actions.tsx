"use client";

import { changeAccompagnementStatusAction } from "@/lib/actions/accompagnements";
import { ZAccompagnementStatusChange } from "@/lib/domain/accompagnements/schemas";
import { MOTIF_CLOTURE_LABELS, type AccompagnementStatus } from "@/lib/domain/accompagnements/labels";
import { nextAccompagnementStatuses, transitionLabel } from "@/lib/domain/accompagnements/status-machine";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { ActionButton } from "@/components/forms/action-button";
import { SelectField, TextField } from "@/components/forms/field";
import { Disclosure, useCloseDisclosure } from "./disclosure";
import { options } from "./options";

/** The transitions the state machine allows from here; closing asks for the motif first. */
export function AccompagnementStatusActions({ id, version, status }: { id: string; version: number; status: AccompagnementStatus }) {
  const next = nextAccompagnementStatuses(status);
  if (next.length === 0) return <p>Cet accompagnement est clos : son statut ne change plus.</p>;
  return (
    <div className="actions" style={{ marginTop: 0 }}>
      {next.filter((s) => s !== "CLOS").map((to) => (
        <ActionButton key={to} action={changeAccompagnementStatusAction} fields={{ id, version: String(version), to, motifCloture: "", precisionCloture: "" }}>
          {transitionLabel(status, to)}
        </ActionButton>
      ))}
      {next.includes("CLOS") ? <CloseForm id={id} version={version} label={transitionLabel(status, "CLOS")} /> : null}
    </div>
  );
}

function CloseForm({ id, version, label }: { id: string; version: number; label: string }) {
  const f = useActionForm({
    schema: ZAccompagnementStatusChange,
    action: changeAccompagnementStatusAction,
    defaultValues: { id, version, to: "CLOS", motifCloture: "", precisionCloture: "" },
  });
  return (
    <Disclosure label={label} defaultOpen={!f.interactive && f.formError !== null}>
      <ActionForm handle={f} aria-label="Clore l'accompagnement">
        <input type="hidden" {...f.field("id")} />
        <input type="hidden" {...f.field("version")} />
        <input type="hidden" {...f.field("to")} />
        <SelectField label="Motif de clôture" {...f.field("motifCloture")}>
          <option value="">Choisir…</option>
          {options(MOTIF_CLOTURE_LABELS)}
        </SelectField>
        <TextField label="Précision" hint="Facultative, sauf pour « Autre motif ». Restez factuel : la personne peut lire son dossier."
          maxLength={500} {...f.field("precisionCloture")} />
        <div className="actions">
          <SubmitButton handle={f} className="btn btn--danger">Confirmer la clôture</SubmitButton>
          <CancelButton />
        </div>
      </ActionForm>
    </Disclosure>
  );
}

function CancelButton() {
  const close = useCloseDisclosure();
  return <button type="button" className="btn btn--secondary" onClick={close}>Annuler</button>;
}
