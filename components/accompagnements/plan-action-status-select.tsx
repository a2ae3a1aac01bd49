"use client";

import { useEffect } from "react";
import { setPlanActionStatusAction } from "@/lib/actions/accompagnements";
import { ZPlanActionStatus } from "@/lib/domain/accompagnements/schemas";
import { PLAN_ACTION_STATUS_LABELS, type PlanActionStatus } from "@/lib/domain/accompagnements/labels";
import { useActionForm } from "@/components/forms/use-action-form";
import { options } from "./options";

/**
 * Changes one action's status at once (the rest of the plan is edited in the plan form): a small
 * real form sent as soon as the choice changes. Until the page is interactive (or without
 * JavaScript) it has its own button. A refusal puts the saved status back.
 */
export function PlanActionStatusSelect({ accompagnementId, version, actionId, libelle, status }: {
  accompagnementId: string; version: number; actionId: string; libelle: string; status: PlanActionStatus;
}) {
  const f = useActionForm({
    schema: ZPlanActionStatus,
    action: setPlanActionStatusAction,
    defaultValues: { id: accompagnementId, version, actionId, status },
  });
  const refused = f.state && !f.state.ok;
  const { setValue } = f.form;
  useEffect(() => {
    if (refused) setValue("status", status);
  }, [refused, f.state, setValue, status]);
  const { error: statusError, ...select } = f.field("status");
  const error = refused ? (statusError ?? f.formError) : null;
  const errorId = `${select.id}-erreur`;
  return (
    <form {...f.formProps}>
      <input type="hidden" {...f.field("id")} />
      <input type="hidden" {...f.field("version")} />
      <input type="hidden" {...f.field("actionId")} />
      <label className="sr-only" htmlFor={select.id}>Statut de l&apos;action « {libelle} »</label>
      <select className="compact-select" {...select} aria-busy={f.pending} aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          void select.onChange(e);
          e.currentTarget.form?.requestSubmit();
        }}>
        {options(PLAN_ACTION_STATUS_LABELS)}
      </select>
      {f.interactive ? null : <button type="submit" className="btn btn--small btn--secondary">Enregistrer<span className="sr-only"> le statut</span></button>}
      {error ? <p className="field-error" id={errorId} role="alert">{error}</p> : null}
    </form>
  );
}
