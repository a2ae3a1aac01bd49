"use client";

// The registered participants: unregister while the workshop is planned; once it has started,
// record each one's attendance (présent, absent, excusé) in one save.
import Link from "next/link";
import { useState } from "react";
import { desinscrireUsagerAction, enregistrerPresencesAction } from "@/lib/actions/ateliers";
import { PRESENCE_LABELS, PRESENCE_TONES, type Presence } from "@/lib/domain/ateliers/labels";
import { formatDateTime } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { useAtelierAction } from "./use-atelier-action";

export type ParticipantRow = { inscriptionId: string; usagerId: string; label: string; numeroDossier: string; inscritLe: Date; presence: Presence | null };

type Props = { atelierId: string; rows: ParticipantRow[]; canUnregister: boolean; canRecordPresence: boolean; caption: string };

export function Participants({ atelierId, rows, canUnregister, canRecordPresence, caption }: Props) {
  const { pending, error, done, run } = useAtelierAction();
  const [presences, setPresences] = useState<Record<string, Presence | "">>(
    Object.fromEntries(rows.map((r) => [r.inscriptionId, r.presence ?? ""])),
  );
  const unregister = (r: ParticipantRow) => run(() => desinscrireUsagerAction({ inscriptionId: r.inscriptionId }), `${r.label} : désinscription enregistrée.`);
  const save = () => run(
    () => enregistrerPresencesAction({ atelierId, presences: rows.map((r) => ({ inscriptionId: r.inscriptionId, presence: presences[r.inscriptionId] ?? "" })) }),
    "Présences enregistrées.",
  );
  const table = (
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
          {rows.map((r) => (
            <tr key={r.inscriptionId}>
              <td><Link href={`/usagers/${r.usagerId}`}>{r.label}</Link></td>
              <td>{r.numeroDossier}</td>
              <td>{formatDateTime(r.inscritLe)}</td>
              <td>
                {canRecordPresence ? (
                  <select
                    aria-label={`Présence de ${r.label}`} value={presences[r.inscriptionId] ?? ""}
                    onChange={(e) => setPresences((p) => ({ ...p, [r.inscriptionId]: e.target.value as Presence | "" }))}
                  >
                    <option value="">Non renseignée</option>
                    {Object.entries(PRESENCE_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
                  </select>
                ) : r.presence ? <Badge tone={PRESENCE_TONES[r.presence]}>{PRESENCE_LABELS[r.presence]}</Badge> : <span className="muted">—</span>}
              </td>
              {canUnregister ? (
                <td>
                  <button type="button" className="btn btn--small btn--secondary" disabled={pending} onClick={() => unregister(r)}>
                    Désinscrire<span className="sr-only"> {r.label}</span>
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
      {canRecordPresence ? (
        <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
          {table}
          <div className="actions">
            <button type="submit" className="btn" disabled={pending}>Enregistrer les présences</button>
          </div>
        </form>
      ) : table}
    </>
  );
}

/** The waiting list, in order: unregistering is the only action (a place frees itself by order). */
export function WaitingList({ rows, canUnregister }: { rows: ParticipantRow[]; canUnregister: boolean }) {
  const { pending, error, run } = useAtelierAction();
  return (
    <>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <ol>
        {rows.map((r) => (
          <li key={r.inscriptionId}>
            <Link href={`/usagers/${r.usagerId}`}>{r.label}</Link> · dossier n° {r.numeroDossier} · depuis le {formatDateTime(r.inscritLe)}{" "}
            {canUnregister ? (
              <button type="button" className="btn btn--small btn--secondary" disabled={pending}
                onClick={() => run(() => desinscrireUsagerAction({ inscriptionId: r.inscriptionId }), "Retiré·e de la liste d'attente.")}>
                Retirer<span className="sr-only"> {r.label} de la liste d&apos;attente</span>
              </button>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
