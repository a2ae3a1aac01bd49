// The dossier's orientations, for the dossier page: a server component that loads its own data,
// so the dossier page only places it: <DossierOrientationsCard actor={actor} usagerId={id} />.
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { canListOrientations } from "@/lib/auth/permissions";
import { listOrientationsForUsager } from "@/lib/domain/orientations/queries";
import { formatCalendarDate } from "@/lib/format";
import { OrientationStatusBadge, UrgenceBadge } from "./status-badge";

export async function DossierOrientationsCard({ actor, usagerId, archived = false }: { actor: Actor; usagerId: string; archived?: boolean }) {
  if (!canListOrientations(actor)) return null;
  const orientations = await listOrientationsForUsager(actor, usagerId);
  return (
    <section className="card" aria-labelledby="orientations">
      <div className="page-header">
        <h2 id="orientations">Orientations ({orientations.length})</h2>
        {archived ? null : <Link className="btn btn--small" href={`/usagers/${usagerId}/orientations/nouvelle`}>Orienter la personne</Link>}
      </div>
      {orientations.length === 0 ? <p>Aucune orientation vers un partenaire.</p> : (
        <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {orientations.map((o) => (
            <li key={o.id} className="entretien">
              <p>
                <Link href={`/usagers/${usagerId}/orientations/${o.id}`}>{o.partenaire.nom}</Link>
                {" "}· {formatCalendarDate(o.date)} · <OrientationStatusBadge status={o.status} /> <UrgenceBadge urgence={o.urgence} />
              </p>
              {o.author ? <p className="muted">par {o.author}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
