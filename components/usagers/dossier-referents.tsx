"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { addReferentAction, removeReferentAction } from "@/lib/actions/usagers";
import { SelectField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";

type Person = { id: string; firstName: string; lastName: string };

/** A RESPONSABLE assigns anyone; a travailleur social adds or removes only themself. */
export function ReferentsCard({ usagerId, referents, options, actorId, isResponsable, readOnly }: {
  usagerId: string; referents: Person[]; options: Person[]; actorId: string; isResponsable: boolean; readOnly: boolean;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState("");
  const isReferent = referents.some((r) => r.id === actorId);
  const candidates = options.filter((o) => !referents.some((r) => r.id === o.id));

  const run = (action: typeof addReferentAction, userId: string) =>
    start(async () => {
      setError(null);
      const result = await action({ usagerId, userId });
      if (!result.ok) setError(Object.values(result.fieldErrors)[0] ?? result.formError);
      else {
        setChosen("");
        router.refresh();
      }
    });

  return (
    <section className="card" aria-labelledby="referents">
      <h2 id="referents">Référent·e·s</h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {referents.length === 0 ? <p>Aucun référent désigné.</p> : (
        <ul>
          {referents.map((r) => (
            <li key={r.id}>
              {r.firstName} {r.lastName}{r.id === actorId ? " (vous)" : ""}{" "}
              {!readOnly && (isResponsable || r.id === actorId) ? (
                <button type="button" className="btn btn--link" disabled={pending} onClick={() => run(removeReferentAction, r.id)}>
                  Retirer<span className="sr-only"> {r.firstName} {r.lastName}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {readOnly ? null : isResponsable ? (
        candidates.length > 0 ? (
          <div className="repeat-row">
            <SelectField label="Désigner un référent" value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value="">Choisir…</option>
              {candidates.map((c) => <option key={c.id} value={c.id}>{c.lastName} {c.firstName}</option>)}
            </SelectField>
            <button type="button" className="btn btn--small" disabled={!chosen || pending} onClick={() => run(addReferentAction, chosen)}>Désigner</button>
          </div>
        ) : null
      ) : !isReferent ? (
        <button type="button" className="btn btn--secondary btn--small" disabled={pending} onClick={() => run(addReferentAction, actorId)}>
          Devenir référent·e de ce dossier
        </button>
      ) : null}
    </section>
  );
}
