import Link from "next/link";
import type { EntretienRow } from "@/lib/domain/entretiens/queries";
import { CANAL_LABELS, DOMAINE_LABELS } from "@/lib/domain/entretiens/labels";
import { formatCalendarDate, formatDateTime } from "@/lib/format";

export function DossierEntretiensCard({ usagerId, entretiens, canWrite }: { usagerId: string; entretiens: EntretienRow[]; canWrite: boolean }) {
  return (
    <section className="card" aria-labelledby="entretiens">
      <div className="page-header">
        <h2 id="entretiens">Entretiens ({entretiens.length})</h2>
        {canWrite ? <Link className="btn btn--small" href={`/usagers/${usagerId}/entretiens/nouveau`}>Nouvel entretien</Link> : null}
      </div>
      {entretiens.length === 0 ? <p>Aucun entretien enregistré.</p> : (
        <ol className="entretiens">
          {entretiens.slice(0, 10).map((e) => (
            <li key={e.id} id={`entretien-${e.id}`} className="entretien" tabIndex={-1}>
              <p>
                <strong>{formatDateTime(e.date)}</strong> · {CANAL_LABELS[e.canal]} · {e.dureeMinutes} min
                {e.author ? <span className="muted"> · {e.author}</span> : null}
              </p>
              <p className="muted">{e.objets.map((o) => DOMAINE_LABELS[o]).join(", ")}{e.objetPrecision ? ` : ${e.objetPrecision}` : ""}</p>
              <p className="pre">{e.resume}</p>
              {e.suites ? <p className="pre"><strong>Suites : </strong>{e.suites}{e.rappelLe ? ` (rappel le ${formatCalendarDate(e.rappelLe)})` : ""}</p> : null}
              {e.noteConfidentielle ? (
                <div className="confidential">
                  <strong>Note confidentielle (visible par vous seul·e)</strong>
                  <p className="pre">{e.noteConfidentielle}</p>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {entretiens.length > 10 ? <p className="muted">Les entretiens plus anciens figurent dans l&apos;historique ci-dessous.</p> : null}
    </section>
  );
}
