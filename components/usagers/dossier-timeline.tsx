import Link from "next/link";
import type { TimelineEvent } from "@/lib/domain/shared/dossier-part";
import { TIMELINE_KINDS, type TimelineKind } from "@/lib/domain/dossier/timeline";
import { formatDateTime } from "@/lib/format";

/** The dossier history with a filter by kind (a link per kind, kept in the URL). */
export function Timeline({ usagerId, events, kind }: { usagerId: string; events: TimelineEvent[]; kind?: TimelineKind }) {
  const filters: [TimelineKind | undefined, string][] = [[undefined, "Tout"], ...(Object.entries(TIMELINE_KINDS) as [TimelineKind, string][])];
  return (
    <section className="card" aria-labelledby="historique-titre" id="historique">
      <h2 id="historique-titre">Historique du dossier</h2>
      <nav className="kind-filter" aria-label="Filtrer l'historique">
        {filters.map(([k, label]) => (
          <Link key={label} className="btn btn--secondary btn--small" aria-current={k === kind ? "true" : undefined}
            href={k ? `/usagers/${usagerId}?historique=${k}#historique` : `/usagers/${usagerId}#historique`} scroll={false}>
            {label}
          </Link>
        ))}
      </nav>
      {events.length === 0 ? <p>Aucun événement.</p> : (
        <ol className="timeline" reversed>
          {events.map((e) => (
            <li key={e.id}>
              <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
              <div><strong>{e.href ? <Link href={e.href}>{e.title}</Link> : e.title}</strong></div>
              {e.detail ? <div className="pre">{e.detail}</div> : null}
              {e.by ? <div className="muted">par {e.by}</div> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
