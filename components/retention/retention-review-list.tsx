"use client";

import { useRef } from "react";
import Link from "next/link";
import { useWatch } from "react-hook-form";
import { ZAnonymiseSelection } from "@/lib/domain/retention/schemas";
import { confirmAnonymisationAction } from "@/lib/actions/retention";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm } from "@/components/forms/action-form";
import { AnonymiseConfirm } from "./anonymise-confirm";

export type ReviewRow = {
  usagerId: string; numeroDossier: string; nom: string; prenom: string;
  dateNaissance: string; dernierContact: string; signale: string; anonymisationAuto: string | null;
};

const EMPTY = { usagerIds: [] as string[], confirme: false as never, depuis: "liste" as const };

/** The flagged dossiers: select one or several, then confirm in a second, explicit step. */
export function RetentionReviewList({ rows }: { rows: ReviewRow[] }) {
  const step = useRef<HTMLDetailsElement>(null);
  const f = useActionForm({
    schema: ZAnonymiseSelection,
    action: confirmAnonymisationAction,
    defaultValues: EMPTY,
    onSuccess: (_data, form) => {
      form.reset(EMPTY);
      if (step.current) step.current.open = false;
    },
  });
  const watched = useWatch({ control: f.form.control, name: "usagerIds" });
  const selected: string[] = Array.isArray(watched) ? watched : watched ? [String(watched)] : [];
  const all = rows.length > 0 && selected.length === rows.length;
  const selection = f.group("usagerIds");

  return (
    <section className="card" aria-labelledby="a-revoir">
      <h2 id="a-revoir">Dossiers à revoir ({rows.length})</h2>
      <ActionForm handle={f} className="" success={(d: { anonymises: number }) => `${d.anonymises} dossier(s) anonymisé(s).`}>
        <input type="hidden" name="depuis" value="liste" />
        {rows.length === 0 ? (
          <p>Aucun dossier sans contact depuis la durée réglée.</p>
        ) : (
          <div className="table-wrap" role="group" aria-label="Dossiers à anonymiser" id={selection.id}
            aria-describedby={selection.error ? `${selection.id}-error` : undefined}>
            <table className="table">
              <caption className="sr-only">Dossiers sans contact, à anonymiser après revue</caption>
              <thead>
                <tr>
                  <th scope="col">
                    {/* Only a script can tick every box: shown once the page runs. */}
                    {f.interactive ? (
                      <label className="checkbox">
                        <input type="checkbox" checked={all}
                          onChange={() => f.form.setValue("usagerIds", all ? [] : rows.map((r) => r.usagerId), { shouldDirty: true })} />
                        <span className="sr-only">Tout sélectionner</span>
                      </label>
                    ) : <span className="sr-only">Sélection</span>}
                  </th>
                  <th scope="col">Dossier</th><th scope="col">Personne</th><th scope="col">Dernier contact</th>
                  <th scope="col">Signalé le</th><th scope="col">Aperçu</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.usagerId}>
                    <td>
                      <label className="checkbox">
                        <input {...f.checkbox("usagerIds", r.usagerId)} />
                        <span className="sr-only">Sélectionner {r.nom} {r.prenom}</span>
                      </label>
                    </td>
                    <td><Link href={`/usagers/${r.usagerId}`}>{r.numeroDossier}</Link></td>
                    <td>{r.nom} {r.prenom}<div className="muted">né(e) le {r.dateNaissance}</div></td>
                    <td>{r.dernierContact}</td>
                    <td>{r.signale}{r.anonymisationAuto ? <div className="muted">anonymisation automatique le {r.anonymisationAuto}</div> : null}</td>
                    <td><Link href={`/parametres/conservation/${r.usagerId}`}>Voir l&apos;aperçu<span className="sr-only"> pour {r.nom} {r.prenom}</span></Link></td>
                  </tr>
                ))}
              </tbody>
            </table>
            {selection.error ? <p className="field-error" id={`${selection.id}-error`}>{selection.error}</p> : null}
          </div>
        )}
        {rows.length > 0 ? (
          // A <details>: the second step opens without JavaScript too.
          <details ref={step} className="confirm-step" style={{ marginTop: "1rem" }}>
            <summary role="button" className="btn btn--danger" aria-disabled={f.interactive && selected.length === 0}
              onClick={(e) => { if (f.interactive && selected.length === 0 && !step.current?.open) e.preventDefault(); }}>
              Anonymiser la sélection{selected.length ? ` (${selected.length})` : ""}
            </summary>
            <AnonymiseConfirm count={selected.length} f={f} />
          </details>
        ) : null}
      </ActionForm>
    </section>
  );
}
