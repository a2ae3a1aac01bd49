// The CCAS inbox: the most urgent, then the oldest first; the age says how long each has waited.
import Link from "next/link";
import { formatDuration } from "@/lib/domain/fiches/delays";
import { FICHE_MOTIF_LABELS } from "@/lib/domain/fiches/labels";
import type { InboxRow } from "@/lib/domain/fiches/queries";
import { OPEN_STATUSES } from "@/lib/domain/fiches/status-machine";
import { formatDateTime } from "@/lib/format";
import { FicheStatusBadge, UrgenceBadge } from "./fiche-badges";

/** open: waiting fiches (their age); final: treated ones (delay to first contact); all: both. */
export type InboxKind = "open" | "final" | "all";

const EMPTY: Record<InboxKind, string> = {
  open: "Aucune fiche en attente : tout est traité.",
  final: "Aucune fiche traitée pour le moment.",
  all: "Aucune fiche.",
};

export function InboxTable({ rows, caption, kind, filtered = false }: { rows: InboxRow[]; caption: string; kind: InboxKind; filtered?: boolean }) {
  if (rows.length === 0) {
    return (
      <div className="card">
        <p style={{ margin: 0 }}>{filtered ? "Aucune fiche ne correspond à ces critères." : EMPTY[kind]}</p>
      </div>
    );
  }
  const delayHeader = kind === "final" ? "Premier contact après" : kind === "open" ? "Attend depuis" : "Attente ou premier contact";
  // A treated fiche no longer waits: what matters is how long the first contact took.
  const delay = (f: InboxRow) => (kind === "final" || (kind === "all" && !OPEN_STATUSES.includes(f.status)) ? f.delays.premierContact : f.age);
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
            <th scope="col">{delayHeader}</th>
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
              <td>{formatDuration(delay(f))}</td>
              <td><FicheStatusBadge status={f.status} /></td>
              <td>{f.assignee ?? <span className="muted">Personne</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
