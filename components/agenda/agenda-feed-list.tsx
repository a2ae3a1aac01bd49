// The active subscriptions: name, created, last fetched (how many times), and "Révoquer".
import { revokeAgendaFeedAction } from "@/lib/actions/absences";
import { formatCalendarDate, formatDateTime } from "@/lib/format";
import { ActionButton } from "@/components/forms/action-button";

export function AgendaFeedList({ feeds }: { feeds: { id: string; label: string; createdAt: Date; lastFetchedAt: Date | null; fetchCount: number }[] }) {
  if (feeds.length === 0) return <p>Aucun abonnement actif.</p>;
  return (
    <ul>
      {feeds.map((f) => (
        <li key={f.id}>
          <span className="pre">{f.label}</span> · créé le {formatCalendarDate(f.createdAt)}
          <span className="muted"> · {f.lastFetchedAt ? `dernière lecture le ${formatDateTime(f.lastFetchedAt)} (${f.fetchCount} au total)` : "jamais lu"}</span>
          {" "}<ActionButton action={revokeAgendaFeedAction} fields={{ feedId: f.id }} success="Abonnement révoqué." confirm="Révoquer cet abonnement ? L'agenda abonné ne se mettra plus à jour." confirmLabel="Oui, révoquer" className="btn btn--small btn--secondary">Révoquer</ActionButton>
        </li>
      ))}
    </ul>
  );
}
