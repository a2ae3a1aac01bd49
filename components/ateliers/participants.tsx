"use client";

// The registered participants: unregister while the workshop is planned; once it has started,
// record each one's attendance (présent, absent, excusé) in one save.
import Link from "next/link";
import { desinscrireUsagerAction, enregistrerPresencesAction } from "@/lib/actions/ateliers";
import { ZPresences } from "@/lib/domain/ateliers/schemas";
import { PRESENCE_LABELS, PRESENCE_TONES, type Presence } from "@/lib/domain/ateliers/labels";
import { formatDateTime } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { ActionButton } from "@/components/forms/action-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm } from "@/components/forms/action-form";

export type ParticipantRow = { inscriptionId: string; usagerId: string; label: string; numeroDossier: string; inscritLe: Date; presence: Presence | null };

type Props = { atelierId: string; rows: ParticipantRow[]; canUnregister: boolean; canRecordPresence: boolean; caption: string };

export function Participants({ atelierId, rows, canUnregister, canRecordPresence, caption }: Props) {
  const f = useActionForm({
    schema: ZPresences,
    action: enregistrerPresencesAction,
    defaultValues: { atelierId, presences: rows.map((r) => ({ inscriptionId: r.inscriptionId, presence: r.presence ?? ("" as const) })) },
  });
  // The attendance fields sit in the table, beside the unregister buttons (forms of their own):
  // they belong to the attendance form through their `form` attribute, so no form is nested.
  const formId = f.formProps.id;
  return (
    <>
      {canRecordPresence ? (
        <ActionForm handle={f} className="" success="Présences enregistrées." aria-label="Présences">
          <input type="hidden" name="atelierId" value={atelierId} />
        </ActionForm>
      ) : null}
      <div className="table-wrap">
        <table className="table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Personne</th><th scope="col">Dossier</th><th scope="col">Inscription</th><th scope="col">Présence</th>
              {canUnregister ? <th scope="col"><span className="sr-only">Actions</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.inscriptionId}>
                <td><Link href={`/usagers/${r.usagerId}`}>{r.label}</Link></td>
                <td>{r.numeroDossier}</td>
                <td>{formatDateTime(r.inscritLe)}</td>
                <td>
                  {canRecordPresence ? (
                    <PresenceSelect f={f} index={i} row={r} formId={formId} />
                  ) : r.presence ? <Badge tone={PRESENCE_TONES[r.presence]}>{PRESENCE_LABELS[r.presence]}</Badge> : <span className="muted">—</span>}
                </td>
                {canUnregister ? (
                  <td>
                    <ActionButton action={desinscrireUsagerAction} fields={{ inscriptionId: r.inscriptionId }} className="btn btn--small btn--secondary"
                      success={`${r.label} : désinscription enregistrée.`}>
                      Désinscrire<span className="sr-only"> {r.label}</span>
                    </ActionButton>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canRecordPresence ? (
        <div className="actions">
          <button type="submit" form={formId} className="btn" disabled={f.pending}>Enregistrer les présences</button>
        </div>
      ) : null}
    </>
  );
}

function PresenceSelect({ f, index, row, formId }: { f: ReturnType<typeof useActionForm<typeof ZPresences>>; index: number; row: ParticipantRow; formId: string }) {
  const { error, id, ...presence } = f.field(`presences.${index}.presence`);
  return (
    <>
      <input type="hidden" form={formId} name={`presences.${index}.inscriptionId`} value={row.inscriptionId} />
      <select id={id} form={formId} aria-label={`Présence de ${row.label}`} aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined} {...presence}>
        <option value="">Non renseignée</option>
        {Object.entries(PRESENCE_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
      {error ? <p className="field-error" id={`${id}-error`}>{error}</p> : null}
    </>
  );
}

/** The waiting list, in order: unregistering is the only action (a place frees itself by order). */
export function WaitingList({ rows, canUnregister }: { rows: ParticipantRow[]; canUnregister: boolean }) {
  return (
    <ol>
      {rows.map((r) => (
        <li key={r.inscriptionId}>
          <Link href={`/usagers/${r.usagerId}`}>{r.label}</Link> · dossier n° {r.numeroDossier} · depuis le {formatDateTime(r.inscritLe)}{" "}
          {canUnregister ? (
            <ActionButton action={desinscrireUsagerAction} fields={{ inscriptionId: r.inscriptionId }} className="btn btn--small btn--secondary"
              success="Retiré·e de la liste d'attente.">
              Retirer<span className="sr-only"> {r.label} de la liste d&apos;attente</span>
            </ActionButton>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
