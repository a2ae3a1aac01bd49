// The CCAS inbox: the most urgent, then the oldest first; the age says how long each has waited.
import Link from "next/link";
import { formatDuration } from "@/lib/domain/fiches/delays";
import { FICHE_MOTIF_LABELS } from "@/lib/domain/fiches/labels";
import type { InboxRow } from "@/lib/domain/fiches/queries";
import { formatDateTime } from "@/lib/format";
import { FicheStatusBadge, UrgenceBadge } from "./fiche-badges";

export function InboxTable({ rows, caption, final }: { rows: InboxRow[]; caption: string; final: boolean }) {
  if (rows.length === 0) {
    return (
      <div className="card">
        <p style={{ margin: 0 }}>{final ? "Aucune fiche traitée pour le moment." : "Aucune fiche en attente : tout est traité."}</p>
      </div>
    );
  }
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Référence</th>
            <th scope="col">Urgence</th>
            <th scope="col">Personne</th>
            <th scope="col">Envoyée par</th>
            <th scope="col">Motifs</th>
            <th scope="col">Envoyée le</th>
            <th scope="col">{final ? "Premier contact après" : "Attend depuis"}</th>
            <th scope="col">Statut</th>
            <th scope="col">Attribuée à</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => (
            <tr key={f.id}>
              <td><Link href={`/fiches-liaison/${f.id}`}>{f.reference}</Link></td>
              <td><UrgenceBadge urgence={f.urgence} /></td>
              <td>{f.nom.toLocaleUpperCase("fr-FR")} {f.prenom}</td>
              <td>{f.site.name}</td>
              <td>{f.motifs.map((m) => FICHE_MOTIF_LABELS[m]).join(", ")}</td>
              <td>{formatDateTime(f.sentAt)}</td>
              <td>{formatDuration(final ? f.delays.premierContact : f.age)}</td>
              <td><FicheStatusBadge status={f.status} /></td>
              <td>{f.assignee ?? <span className="muted">Personne</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
