import Link from "next/link";
import type { AtelierListRow } from "@/lib/domain/ateliers/queries";
import { ATELIER_STATUS_LABELS, ATELIER_STATUS_TONES, ATELIER_THEME_LABELS, formatDuree } from "@/lib/domain/ateliers/labels";
import { formatDateTime } from "@/lib/format";
import { Badge } from "@/components/ui/badge";

/** Workshops: date, title and theme, place, facilitator, places taken, status. */
export function AteliersTable({ rows, caption }: { rows: AtelierListRow[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th><th scope="col">Atelier</th><th scope="col">Lieu</th><th scope="col">Animation</th>
            <th scope="col" className="num">Inscrits</th><th scope="col">Statut</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <td>{formatDateTime(a.debut)}<div className="muted">{formatDuree(a.dureeMinutes)}</div></td>
              <td><Link href={`/ateliers/${a.id}`}>{a.titre}</Link><div className="muted">{ATELIER_THEME_LABELS[a.theme]}</div></td>
              <td>{a.site?.name ?? a.adresse ?? "—"}</td>
              <td>{a.animateur.firstName} {a.animateur.lastName}</td>
              <td className="num">
                {a.inscrits} / {a.capacite}
                {a.enAttente ? <div className="muted">{a.enAttente} en attente</div> : null}
              </td>
              <td><Badge tone={ATELIER_STATUS_TONES[a.status]}>{ATELIER_STATUS_LABELS[a.status]}</Badge></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
