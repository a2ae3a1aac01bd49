"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { setPlanActionStatusAction } from "@/lib/actions/accompagnements";
import { PLAN_ACTION_STATUS_LABELS, type PlanActionStatus } from "@/lib/domain/accompagnements/labels";
import { options } from "./options";

/** Changes one action's status at once (the rest of the plan is edited in the plan form). */
export function PlanActionStatusSelect({ accompagnementId, version, actionId, libelle, status }: {
  accompagnementId: string; version: number; actionId: string; libelle: string; status: PlanActionStatus;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [value, setValue] = useState(status);
  const onChange = (next: PlanActionStatus) => {
    setValue(next);
    start(async () => {
      setError(null);
      const result = await setPlanActionStatusAction({ id: accompagnementId, version, actionId, status: next });
      if (!result.ok) {
        setValue(status);
        setError(result.formError);
      } else router.refresh();
    });
  };
  return (
    <div>
      <label className="sr-only" htmlFor={`statut-${actionId}`}>Statut de l&apos;action « {libelle} »</label>
      <select id={`statut-${actionId}`} value={value} disabled={pending} onChange={(e) => onChange(e.target.value as PlanActionStatus)}
        aria-describedby={error ? `statut-${actionId}-erreur` : undefined}>
        {options(PLAN_ACTION_STATUS_LABELS)}
      </select>
      {error ? <p className="field-error" id={`statut-${actionId}-erreur`} role="alert">{error}</p> : null}
    </div>
  );
}
