"use client";

import { addReferentAction, removeReferentAction } from "@/lib/actions/usagers";
import { ZReferentChange } from "@/lib/domain/usagers/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { ActionButton } from "@/components/forms/action-button";
import { SelectField } from "@/components/forms/field";

type Person = { id: string; firstName: string; lastName: string };

/** A RESPONSABLE assigns anyone; a travailleur social adds or removes only themself. */
export function ReferentsCard({ usagerId, referents, options, actorId, isResponsable, readOnly }: {
  usagerId: string; referents: Person[]; options: Person[]; actorId: string; isResponsable: boolean; readOnly: boolean;
}) {
  const isReferent = referents.some((r) => r.id === actorId);
  const candidates = options.filter((o) => !referents.some((r) => r.id === o.id));

  return (
    <section className="card" aria-labelledby="referents">
      <h2 id="referents">Référent·e·s</h2>
      {referents.length === 0 ? <p>Aucun référent désigné.</p> : (
        <ul>
          {referents.map((r) => (
            <li key={r.id}>
              {r.firstName} {r.lastName}{r.id === actorId ? " (vous)" : ""}{" "}
              {!readOnly && (isResponsable || r.id === actorId) ? (
                <ActionButton action={removeReferentAction} fields={{ usagerId, userId: r.id }} className="btn btn--link">
                  Retirer<span className="sr-only"> {r.firstName} {r.lastName}</span>
                </ActionButton>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {readOnly ? null : isResponsable ? (
        candidates.length > 0 ? <DesignateForm key={referents.map((r) => r.id).join()} usagerId={usagerId} candidates={candidates} /> : null
      ) : !isReferent ? (
        <ActionButton action={addReferentAction} fields={{ usagerId, userId: actorId }} className="btn btn--secondary btn--small">
          Devenir référent·e de ce dossier
        </ActionButton>
      ) : null}
    </section>
  );
}

/** The list changes once someone is designated: the key above starts the choice again. */
function DesignateForm({ usagerId, candidates }: { usagerId: string; candidates: Person[] }) {
  const f = useActionForm({ schema: ZReferentChange, action: addReferentAction, defaultValues: { usagerId, userId: "" } });
  return (
    <ActionForm handle={f} className="">
      <input type="hidden" {...f.field("usagerId")} />
      <div className="repeat-row">
        <SelectField label="Désigner un référent" {...f.field("userId")}>
          <option value="">Choisir…</option>
          {candidates.map((c) => <option key={c.id} value={c.id}>{c.lastName} {c.firstName}</option>)}
        </SelectField>
        <SubmitButton handle={f} className="btn btn--small">Désigner</SubmitButton>
      </div>
    </ActionForm>
  );
}
