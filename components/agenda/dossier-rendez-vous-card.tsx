// The dossier's rendez-vous: the coming ones and the last past ones, with a link to create one.
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { listUsagerRendezVous } from "@/lib/domain/agenda/queries";
import { RDV_KIND_LABELS } from "@/lib/domain/agenda/labels";
import { dateToParisLocal } from "@/lib/domain/shared/paris-time";
import { RendezVousStatusBadge } from "./rendez-vous-badge";
import { formatDay, formatSpan } from "./format";

type Row = Awaited<ReturnType<typeof listUsagerRendezVous>>["aVenir"][number];

function Line({ r }: { r: Row }) {
  return (
    <li>
      <Link href={`/agenda/rendez-vous/${r.id}`}>{formatDay(dateToParisLocal(r.debut).slice(0, 10))}, {formatSpan(r.debut, r.fin)}</Link>
      {" · "}{RDV_KIND_LABELS[r.kind]}{r.site ? ` · ${r.site.name}` : ""} · {r.travailleur.firstName} {r.travailleur.lastName}{" "}
      <RendezVousStatusBadge status={r.status} />
      {r.status === "HONORE" && !r.entretienId ? <>{" "}<Link href={`/usagers/${r.usagerId}/entretiens/nouveau?rendezVousId=${r.id}`}>Saisir l&apos;entretien</Link></> : null}
    </li>
  );
}

export async function DossierRendezVousCard({ actor, usagerId, readOnly = false }: { actor: Actor; usagerId: string; readOnly?: boolean }) {
  const { aVenir, passes } = await listUsagerRendezVous(actor, usagerId);
  return (
    <section className="card" aria-labelledby="rendez-vous">
      <h2 id="rendez-vous">Rendez-vous</h2>
      {aVenir.length === 0 ? <p>Aucun rendez-vous à venir.</p> : <ul>{aVenir.map((r) => <Line key={r.id} r={r} />)}</ul>}
      {passes.length > 0 ? (
        <details>
          <summary>Rendez-vous passés ({passes.length})</summary>
          <ul>{passes.map((r) => <Line key={r.id} r={r} />)}</ul>
        </details>
      ) : null}
      {readOnly ? null : (
        <div className="actions">
          <Link className="btn btn--secondary" href={`/agenda/nouveau?usagerId=${usagerId}`}>Nouveau rendez-vous</Link>
        </div>
      )}
    </section>
  );
}
