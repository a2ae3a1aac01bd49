"use client";

import { useWatch } from "react-hook-form";
import { ZAideStatusChange } from "@/lib/domain/aides/schemas";
import type { AideStatus } from "@/lib/domain/aides/labels";
import { AIDE_TRANSITIONS } from "@/lib/domain/aides/status-machine";
import { changeAideStatusAction } from "@/lib/actions/aides";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { ActionButton } from "@/components/forms/action-button";
import { TextField } from "@/components/forms/field";

const DECISIONS = [["ACCORDEE", "Accordée"], ["REFUSEE", "Refusée"], ["AJOURNEE", "Ajournée"]] as const;

/**
 * What can happen next to a request: instruction, the commission's decision (a RESPONSABLE
 * only), abandon. The state machine decides which buttons exist; the server checks again.
 */
export function AideStatusActions({ id, updatedAt, status, canDecide, today, montantDemande }: {
  id: string; updatedAt: string; status: AideStatus; canDecide: boolean; today: string; montantDemande: string;
}) {
  const next = AIDE_TRANSITIONS[status];
  const deciding = next.includes("ACCORDEE");
  if (next.length === 0) return null;
  const abandon = next.includes("ABANDONNEE") ? (
    <div className="actions">
      <ActionButton action={changeAideStatusAction} className="btn btn--secondary"
        fields={{ id, updatedAt, to: "ABANDONNEE", commissionLe: "", decisionLe: "", montantAccorde: "", motif: "" }}>
        Abandonner la demande
      </ActionButton>
    </div>
  ) : null;

  if (deciding && !canDecide) {
    return (
      <>
        <p>La demande est en instruction. La décision (accord, refus ou ajournement) est enregistrée par un·e responsable, après la commission.</p>
        {abandon}
      </>
    );
  }
  return (
    <>
      <StatusForm id={id} updatedAt={updatedAt} status={status} deciding={deciding} today={today} montantDemande={montantDemande} />
      {abandon}
    </>
  );
}

/**
 * The amount and the motive depend on the decision: once the page runs, the one the decision does
 * not ask for is hidden (still sent, as before); without JavaScript both show and the server reads
 * the decision.
 */
function StatusForm({ id, updatedAt, status, deciding, today, montantDemande }: {
  id: string; updatedAt: string; status: AideStatus; deciding: boolean; today: string; montantDemande: string;
}) {
  const f = useActionForm({
    schema: ZAideStatusChange,
    action: changeAideStatusAction,
    defaultValues: {
      id, updatedAt, to: deciding ? "ACCORDEE" : "EN_INSTRUCTION", commissionLe: "", decisionLe: deciding ? today : "",
      montantAccorde: deciding ? montantDemande : "", motif: "",
    },
  });
  const to = useWatch({ control: f.form.control, name: "to" });
  const decision = f.group("to");
  return (
    <ActionForm handle={f} aria-label={deciding ? "Décision" : "Instruction"}>
      <input type="hidden" {...f.field("id")} />
      <input type="hidden" {...f.field("updatedAt")} />
      {deciding ? (
        <fieldset id={decision.id} className={decision.error ? "field field--error" : "field"}
          aria-describedby={decision.error ? `${decision.id}-error` : undefined}>
          <legend>Décision</legend>
          {DECISIONS.map(([value, label]) => (
            <div className="checkbox" key={value}>
              <input id={`${decision.id}-${value}`} {...f.radio("to", value)} />
              <label htmlFor={`${decision.id}-${value}`}>{label}</label>
            </div>
          ))}
          {decision.error ? <p className="field-error" id={`${decision.id}-error`}>{decision.error}</p> : null}
        </fieldset>
      ) : (
        <>
          <input type="hidden" {...f.field("to")} />
          <p>{status === "AJOURNEE" ? "Remettez la demande en instruction pour une prochaine commission." : "Mettez la demande en instruction quand le dossier est complet."}</p>
        </>
      )}
      <div className="field-row">
        <TextField label="Date de commission" type="date" hint="Facultative" {...f.field("commissionLe")} />
        {deciding ? <TextField label="Date de décision" type="date" {...f.field("decisionLe")} /> : <input type="hidden" {...f.field("decisionLe")} />}
      </div>
      {deciding ? (
        <>
          <div hidden={f.interactive && to !== "ACCORDEE"}>
            <TextField label="Montant accordé (€)" inputMode="decimal" {...f.field("montantAccorde")} />
          </div>
          <div hidden={f.interactive && to === "ACCORDEE"}>
            <TextField label={!f.interactive ? "Motif du refus ou de l'ajournement" : to === "REFUSEE" ? "Motif du refus" : "Motif de l'ajournement (facultatif)"}
              hint="Restez factuel : la personne peut lire son dossier." {...f.field("motif")} />
          </div>
        </>
      ) : (
        <>
          <input type="hidden" {...f.field("montantAccorde")} />
          <input type="hidden" {...f.field("motif")} />
        </>
      )}
      <div className="actions">
        <SubmitButton handle={f}>
          {deciding ? "Enregistrer la décision" : status === "AJOURNEE" ? "Remettre en instruction" : "Mettre en instruction"}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
