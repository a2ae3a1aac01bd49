import type { TimelineEvent } from "@/lib/domain/usagers/timeline";
import { formatDateTime } from "@/lib/format";

export function Timeline({ events }: { events: TimelineEvent[] }) {
  return (
    <section className="card" aria-labelledby="historique">
      <h2 id="historique">Historique du dossier</h2>
      {events.length === 0 ? <p>Aucun événement.</p> : (
        <ol className="timeline" reversed>
          {events.map((e) => (
            <li key={e.id}>
              <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
              <div><strong>{e.title}</strong>{e.detail ? ` — ${e.detail}` : ""}</div>
              {e.by ? <div className="muted">par {e.by}</div> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
