"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZAideStatusChange, type AideStatusChange, type AideStatusChangeInput } from "@/lib/domain/aides/schemas";
import type { AideStatus } from "@/lib/domain/aides/labels";
import { AIDE_TRANSITIONS } from "@/lib/domain/aides/status-machine";
import { changeAideStatusAction } from "@/lib/actions/aides";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";

const DECISIONS = [["ACCORDEE", "Accordée"], ["REFUSEE", "Refusée"], ["AJOURNEE", "Ajournée"]] as const;

/**
 * What can happen next to a request: instruction, the commission's decision (a RESPONSABLE
 * only), abandon. The state machine decides which buttons exist; the server checks again.
 */
export function AideStatusActions({ id, updatedAt, status, canDecide, today, montantDemande }: {
  id: string; updatedAt: string; status: AideStatus; canDecide: boolean; today: string; montantDemande: string;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const next = AIDE_TRANSITIONS[status];
  const deciding = next.includes("ACCORDEE");
  const form = useForm<AideStatusChangeInput, unknown, AideStatusChange>({
    resolver: zodResolver(ZAideStatusChange),
    defaultValues: {
      id, updatedAt, to: deciding ? "ACCORDEE" : "EN_INSTRUCTION", commissionLe: "", decisionLe: deciding ? today : "",
      montantAccorde: deciding ? montantDemande : "", motif: "",
    },
  });
  const { register, control, formState: { errors, isSubmitting } } = form;
  const to = useWatch({ control, name: "to" });

  const send = async (values: AideStatusChangeInput) => {
    setFormError(null);
    const result = await changeAideStatusAction(values);
    if (!result.ok) setFormError(applyServerErrors(form.setError, result));
    else router.refresh();
  };
  const abandon = () => start(() => send({ id, updatedAt, to: "ABANDONNEE", commissionLe: "", decisionLe: "", montantAccorde: "", motif: "" }));

  if (next.length === 0) return null;
  const abandonButton = next.includes("ABANDONNEE") ? (
    <button type="button" className="btn btn--secondary" disabled={pending || isSubmitting} onClick={abandon}>Abandonner la demande</button>
  ) : null;

  if (deciding && !canDecide) {
    return (
      <>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <p>La demande est en instruction. La décision (accord, refus ou ajournement) est enregistrée par un·e responsable, après la commission.</p>
        <div className="actions">{abandonButton}</div>
      </>
    );
  }
  return (
    <form className="form" onSubmit={form.handleSubmit(() => send(form.getValues()))} noValidate aria-label={deciding ? "Décision" : "Instruction"}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {deciding ? (
        <fieldset className={errors.to ? "field field--error" : "field"}>
          <legend>Décision</legend>
          {DECISIONS.map(([value, label]) => (
            <div className="checkbox" key={value}>
              <input type="radio" id={`decision-${value}`} value={value} {...register("to")} />
              <label htmlFor={`decision-${value}`}>{label}</label>
            </div>
          ))}
          {errors.to ? <p className="field-error">{errors.to.message}</p> : null}
        </fieldset>
      ) : (
        <p>{status === "AJOURNEE" ? "Remettez la demande en instruction pour une prochaine commission." : "Mettez la demande en instruction quand le dossier est complet."}</p>
      )}
      <div className="field-row">
        <TextField label="Date de commission" type="date" hint="Facultative" error={errors.commissionLe?.message} {...register("commissionLe")} />
        {deciding ? <TextField label="Date de décision" type="date" error={errors.decisionLe?.message} {...register("decisionLe")} /> : null}
      </div>
      {deciding && to === "ACCORDEE" ? (
        <TextField label="Montant accordé (€)" inputMode="decimal" error={errors.montantAccorde?.message} {...register("montantAccorde")} />
      ) : null}
      {deciding && to !== "ACCORDEE" ? (
        <TextField label={to === "REFUSEE" ? "Motif du refus" : "Motif de l'ajournement (facultatif)"} hint="Restez factuel : la personne peut lire son dossier."
          error={errors.motif?.message} {...register("motif")} />
      ) : null}
      <div className="actions">
        <button type="submit" className="btn" disabled={pending || isSubmitting}>
          {deciding ? "Enregistrer la décision" : status === "AJOURNEE" ? "Remettre en instruction" : "Mettre en instruction"}
        </button>
        {abandonButton}
      </div>
    </form>
  );
}
