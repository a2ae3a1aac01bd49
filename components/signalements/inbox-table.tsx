import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import type { SignalementStatus } from "@/lib/domain/signalements/labels";
import { SignalementStatusBadge } from "./status-badge";

export type InboxTableRow = {
  id: string; reference: string; createdAt: Date; status: SignalementStatus; statusChangedAt: Date;
  personne: string; lieu: string; commune: string; quartier: string | null;
};

const short = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function InboxTable({ rows }: { rows: InboxTableRow[] }) {
  if (rows.length === 0) return <p>Aucun signalement.</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">Signalements reçus, les plus récents d&apos;abord</caption>
        <thead>
          <tr><th scope="col">Reçu le</th><th scope="col">Personne</th><th scope="col">Lieu</th><th scope="col">Statut</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{formatDateTime(r.createdAt)}<br /><span className="muted">{r.reference}</span></td>
              <td><Link href={`/maraude/${r.id}`}>{short(r.personne)}</Link></td>
              <td>{short(r.lieu)}<br /><span className="muted">{[r.quartier, r.commune].filter(Boolean).join(", ")}</span></td>
              <td><SignalementStatusBadge status={r.status} /><br /><span className="muted">depuis le {formatDateTime(r.statusChangedAt)}</span></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
