import { FILE_STATUS_LABELS, MOTIF_LABELS, type Motif } from "@/lib/domain/accueil/labels";
import type { QueueRow } from "@/lib/domain/accueil/queue-queries";
import { dateToParisLocal } from "@/lib/domain/shared/paris-time";
import { takeFromQueueAction } from "@/lib/actions/accueil";
import { ActionButton } from "@/components/forms/action-button";
import { QueueLeaveForm } from "./queue-leave-form";

const hour = (d: Date) => dateToParisLocal(d).slice(11).replace(":", " h ");
export const waited = (minutes: number) => (minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")}`);

/** Who waits, oldest first; a professional takes the next one, anyone at the desk records a departure. */
export function QueueWaitingTable({ rows, canTake }: { rows: QueueRow[]; canTake: boolean }) {
  if (rows.length === 0) return <p>Personne n&apos;attend.</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">Personnes en attente</caption>
        <thead><tr><th scope="col">Ticket</th><th scope="col">Personne</th><th scope="col">Motif</th><th scope="col">Arrivée</th><th scope="col">Attente</th><th scope="col">Suite</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td><strong>{r.ticket}</strong></td>
              <td>{r.personne}</td>
              <td>{MOTIF_LABELS[r.motif as Motif]}</td>
              <td>{hour(r.arriveeLe)}</td>
              <td>{waited(r.attenteMinutes)}</td>
              <td>
                {canTake ? <ActionButton action={takeFromQueueAction} fields={{ id: r.id }} className="btn btn--small">Prendre en charge<span className="sr-only"> le ticket n° {r.ticket}</span></ActionButton> : null}
                <QueueLeaveForm id={r.id} ticket={r.ticket} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function QueueDoneTable({ rows }: { rows: QueueRow[] }) {
  if (rows.length === 0) return <p>Personne n&apos;est encore sorti de la file aujourd&apos;hui.</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">Sorties de la file aujourd&apos;hui</caption>
        <thead><tr><th scope="col">Ticket</th><th scope="col">Personne</th><th scope="col">Motif</th><th scope="col">Suite</th><th scope="col">Attente</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.ticket}</td>
              <td>{r.personne}</td>
              <td>{MOTIF_LABELS[r.motif as Motif]}</td>
              <td>{FILE_STATUS_LABELS[r.status as keyof typeof FILE_STATUS_LABELS]}{r.traitePar ? ` (${r.traitePar})` : ""}{r.orientationPrecision ? ` : ${r.orientationPrecision}` : ""}</td>
              <td>{waited(r.attenteMinutes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
