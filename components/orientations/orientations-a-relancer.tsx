// The "à faire" section of orientations waiting for an answer past the relaunch delay. Placed by
// the à-faire page with the rows of listOrientationsToRelaunch(actor, now).
import Link from "next/link";
import type { OrientationToRelaunch } from "@/lib/domain/orientations/relance";
import { ORIENTATION_STATUS_LABELS } from "@/lib/domain/orientations/labels";
import { formatCalendarDate } from "@/lib/format";
import { UrgenceBadge } from "./status-badge";

export function OrientationsARelancer({ items, delaiJours }: { items: OrientationToRelaunch[]; delaiJours: number }) {
  return (
    <section className="card" aria-labelledby="orientations-a-relancer">
      <h2 id="orientations-a-relancer">Orientations sans réponse depuis plus de {delaiJours} jours ({items.length})</h2>
      {items.length === 0 ? <p>Aucune orientation à relancer.</p> : (
        <ul>
          {items.map((o) => (
            <li key={o.id}>
              <UrgenceBadge urgence={o.urgence} /> <Link href={o.href}>{o.usager.nom.toUpperCase()} {o.usager.prenom}</Link>
              {" "}→ {o.partenaire.nom}{o.partenaire.telephone ? ` (${o.partenaire.telephone})` : ""} · du {formatCalendarDate(o.date)}
              {" "}({ORIENTATION_STATUS_LABELS[o.status].toLowerCase()}), {o.joursSansReponse} jour{o.joursSansReponse > 1 ? "s" : ""} sans réponse
              {o.relanceLe ? <span className="muted"> · relancée le {formatCalendarDate(o.relanceLe)}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
