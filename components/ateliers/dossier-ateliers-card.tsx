// The person's collective workshops, for the dossier page: title, date, registration, attendance.
// Nothing shows when the person never registered (most dossiers).
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { listAteliersForUsager } from "@/lib/domain/ateliers/queries";
import { ATELIER_STATUS_LABELS, ATELIER_THEME_LABELS, INSCRIPTION_STATUS_LABELS, PRESENCE_LABELS, PRESENCE_TONES } from "@/lib/domain/ateliers/labels";
import { formatDateTime } from "@/lib/format";
import { Badge } from "@/components/ui/badge";

export async function DossierAteliersCard({ actor, usagerId }: { actor: Actor; usagerId: string }) {
  const rows = await listAteliersForUsager(actor, usagerId);
  if (rows.length === 0) return null;
  return (
    <section className="card" aria-labelledby="ateliers">
      <h2 id="ateliers">Ateliers collectifs</h2>
      <div className="table-wrap">
        <table className="table">
          <caption className="sr-only">Ateliers de la personne, le plus récent d&apos;abord</caption>
          <thead><tr><th scope="col">Date</th><th scope="col">Atelier</th><th scope="col">Inscription</th><th scope="col">Présence</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.atelier.debut)}</td>
                <td>
                  <Link href={`/ateliers/${r.atelier.id}`}>{r.atelier.titre}</Link>
                  <div className="muted">{ATELIER_THEME_LABELS[r.atelier.theme]} · {ATELIER_STATUS_LABELS[r.atelier.status]}</div>
                </td>
                <td>{INSCRIPTION_STATUS_LABELS[r.status]}</td>
                <td>{r.presence ? <Badge tone={PRESENCE_TONES[r.presence]}>{PRESENCE_LABELS[r.presence]}</Badge> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
