"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZReassign, type Reassign, type ReassignInput } from "@/lib/domain/dashboard/reassign-schema";
import { reassignDossiersAction } from "@/lib/actions/dashboard";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";

/** Choose the colleague, then all the dossiers or the ticked ones; one transaction on the server. */
export function ReassignForm({ fromUserId, workers, dossiers }: {
  fromUserId: string; workers: { id: string; name: string }[]; dossiers: { id: string; label: string }[];
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<ReassignInput, unknown, Reassign>({
    resolver: zodResolver(ZReassign),
    defaultValues: { fromUserId, toUserId: "", portee: "tous", usagerIds: [] },
  });
  const { register, control, formState: { errors, isSubmitting } } = form;
  const portee = useWatch({ control, name: "portee" });

  const send = async (values: Reassign) => {
    setFormError(null);
    setDone(null);
    const result = await reassignDossiersAction(values);
    if (!result.ok) {
      setFormError(applyServerErrors(form.setError, result));
      return;
    }
    const { moved, accompagnements } = result.data;
    setDone(`${moved} dossier${moved > 1 ? "s" : ""} réattribué${moved > 1 ? "s" : ""}${accompagnements ? `, ${accompagnements} accompagnement${accompagnements > 1 ? "s" : ""} ouvert${accompagnements > 1 ? "s" : ""} avec` : ""}.`);
    router.refresh();
  };

  return (
    <form className="form card" onSubmit={form.handleSubmit(send)} noValidate aria-label="Réattribution">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
      <input type="hidden" {...register("fromUserId")} />
      <SelectField label="Réattribuer à" error={errors.toUserId?.message} {...register("toUserId")}>
        <option value="">Choisir…</option>
        {workers.map((w) => <option key={w.id} value={w.id}>{w.name}</option>)}
      </SelectField>
      <fieldset className={errors.portee ? "field field--error" : "field"}>
        <legend>Dossiers</legend>
        <div className="checkbox">
          <input type="radio" id="portee-tous" value="tous" {...register("portee")} />
          <label htmlFor="portee-tous">Tous ses dossiers ({dossiers.length})</label>
        </div>
        <div className="checkbox">
          <input type="radio" id="portee-choix" value="choix" {...register("portee")} />
          <label htmlFor="portee-choix">Les dossiers cochés ci-dessous</label>
        </div>
      </fieldset>
      {portee === "choix" ? (
        <fieldset className={errors.usagerIds ? "field field--error" : "field"}>
          <legend>Dossiers à réattribuer</legend>
          <div className="checkbox-grid">
            {dossiers.map((d) => (
              <div className="checkbox" key={d.id}>
                <input type="checkbox" id={`d-${d.id}`} value={d.id} {...register("usagerIds")} />
                <label htmlFor={`d-${d.id}`}>{d.label}</label>
              </div>
            ))}
          </div>
          {errors.usagerIds ? <p className="field-error">{errors.usagerIds.message ?? errors.usagerIds.root?.message}</p> : null}
        </fieldset>
      ) : null}
      <div className="actions">
        <button type="submit" className="btn" disabled={isSubmitting}>Réattribuer</button>
      </div>
    </form>
  );
}
