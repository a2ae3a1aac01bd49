import Link from "next/link";
import type { TimelineEvent } from "@/lib/domain/shared/dossier-part";
import { TIMELINE_KINDS, type TimelineKind } from "@/lib/domain/dossier/timeline";
import { formatDateTime } from "@/lib/format";

/** Events shown at first, and added by each "Voir plus". */
export const TIMELINE_PAGE = 20;

/**
 * The dossier history, latest first, with a filter by kind and "Voir plus": both are links with
 * the state in the URL (`historique`, `evenements`), so they work without JavaScript; "Voir plus"
 * lands on the first event it adds.
 */
export function Timeline({ usagerId, events, kind, shown }: { usagerId: string; events: TimelineEvent[]; kind?: TimelineKind; shown: number }) {
  const filters: [TimelineKind | undefined, string][] = [[undefined, "Tout"], ...(Object.entries(TIMELINE_KINDS) as [TimelineKind, string][])];
  const visible = events.slice(0, shown);
  const next = events[shown];
  const params = (n: number) => new URLSearchParams({ ...(kind ? { historique: kind } : {}), evenements: String(n) }).toString();
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
        <>
          <p className="muted">{visible.length < events.length ? `${visible.length} événements les plus récents sur ${events.length}` : `${events.length} événement${events.length > 1 ? "s" : ""}`}</p>
          <ol className="timeline">
            {visible.map((e) => (
              <li key={e.id} id={`evenement-${e.id}`} tabIndex={-1}>
                <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
                <div><strong>{e.href ? <Link href={e.href}>{e.title}</Link> : e.title}</strong></div>
                {e.detail ? <div className="pre">{e.detail}</div> : null}
                {e.by ? <div className="muted">par {e.by}</div> : null}
              </li>
            ))}
          </ol>
          {next ? (
            <p><Link className="btn btn--secondary" href={`/usagers/${usagerId}?${params(shown + TIMELINE_PAGE)}#evenement-${next.id}`}>
              Voir plus ({Math.min(TIMELINE_PAGE, events.length - shown)} événements plus anciens)
            </Link></p>
          ) : null}
        </>
      )}
    </section>
  );
}
