"use client";

import { useWatch } from "react-hook-form";
import { ZReassign } from "@/lib/domain/dashboard/reassign-schema";
import { reassignDossiersAction } from "@/lib/actions/dashboard";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/field";

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? "s" : ""}`;
const done = ({ moved, accompagnements }: { moved: number; accompagnements: number }) =>
  `${plural(moved, "dossier")} réattribué${moved > 1 ? "s" : ""}${accompagnements ? `, ${plural(accompagnements, "accompagnement")} ouvert${accompagnements > 1 ? "s" : ""} avec` : ""}.`;

/** Choose the colleague, then all the dossiers or the ticked ones; one transaction on the server. */
export function ReassignForm({ fromUserId, workers, dossiers }: {
  fromUserId: string; workers: { id: string; name: string }[]; dossiers: { id: string; label: string }[];
}) {
  const f = useActionForm({ schema: ZReassign, action: reassignDossiersAction, defaultValues: { fromUserId, toUserId: "", portee: "tous", usagerIds: [] } });
  const portee = useWatch({ control: f.form.control, name: "portee" });
  const scope = f.group("portee");
  const chosen = f.group("usagerIds");

  return (
    <ActionForm handle={f} className="form card" aria-label="Réattribution" success={done}>
      <input type="hidden" name="fromUserId" value={fromUserId} />
      <SelectField label="Réattribuer à" {...f.field("toUserId")}>
        <option value="">Choisir…</option>
        {workers.map((w) => <option key={w.id} value={w.id}>{w.name}</option>)}
      </SelectField>
      <fieldset id={scope.id} className={scope.error ? "field field--error" : "field"} aria-describedby={scope.error ? `${scope.id}-error` : undefined}>
        <legend>Dossiers</legend>
        <div className="checkbox">
          <input id="portee-tous" {...f.radio("portee", "tous")} />
          <label htmlFor="portee-tous">Tous ses dossiers ({dossiers.length})</label>
        </div>
        <div className="checkbox">
          <input id="portee-choix" {...f.radio("portee", "choix")} />
          <label htmlFor="portee-choix">Les dossiers cochés ci-dessous</label>
        </div>
        {scope.error ? <p className="field-error" id={`${scope.id}-error`}>{scope.error}</p> : null}
      </fieldset>
      {/* With "tous": hidden, not removed (the server reads the scope), and only once the page
          runs: without JavaScript the list must be there to be ticked. */}
      <fieldset id={chosen.id} hidden={f.interactive && portee !== "choix"} className={chosen.error ? "field field--error" : "field"}
        aria-describedby={chosen.error ? `${chosen.id}-error` : undefined}>
        <legend>Dossiers à réattribuer</legend>
        <div className="checkbox-grid">
          {dossiers.map((d) => (
            <div className="checkbox" key={d.id}>
              <input id={`d-${d.id}`} {...f.checkbox("usagerIds", d.id)} />
              <label htmlFor={`d-${d.id}`}>{d.label}</label>
            </div>
          ))}
        </div>
        {chosen.error ? <p className="field-error" id={`${chosen.id}-error`}>{chosen.error}</p> : null}
      </fieldset>
      <div className="actions">
        <SubmitButton handle={f}>Réattribuer</SubmitButton>
      </div>
    </ActionForm>
  );
}
