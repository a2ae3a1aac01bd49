// One page of rendez-vous outcomes: when, with whom, what kind, where, the worker and the outcome.
import Link from "next/link";
import { RDV_KIND_LABELS } from "@/lib/domain/agenda/labels";
import type { RendezVousOutcomeRow } from "@/lib/domain/agenda/outcomes";
import { formatDateTime } from "@/lib/format";
import { RendezVousStatusBadge } from "./rendez-vous-badge";

function Person({ r }: { r: RendezVousOutcomeRow }) {
  if (r.usager) {
    return (
      <>
        <Link href={`/usagers/${r.usager.id}`}>{r.usager.nom.toLocaleUpperCase("fr-FR")} {r.usager.prenom}</Link>
        <div className="muted">Dossier n° {r.usager.numeroDossier}</div>
      </>
    );
  }
  if (r.fiche) return <>{r.fiche.nom.toLocaleUpperCase("fr-FR")} {r.fiche.prenom} <span className="muted">(fiche {r.fiche.reference})</span></>;
  return <>—</>;
}

export function RendezVousListTable({ rows }: { rows: RendezVousOutcomeRow[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">Rendez-vous, le plus récent d&apos;abord</caption>
        <thead>
          <tr>
            <th scope="col">Date</th><th scope="col">Personne</th><th scope="col">Type</th><th scope="col">Lieu</th>
            <th scope="col">Travailleur social</th><th scope="col">Issue</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td><Link href={`/agenda/rendez-vous/${r.id}`}>{formatDateTime(r.debut)}</Link></td>
              <td><Person r={r} /></td>
              <td>{RDV_KIND_LABELS[r.kind]}</td>
              <td>{r.site?.name ?? "Hors site"}</td>
              <td>{r.travailleur.firstName} {r.travailleur.lastName}</td>
              <td><RendezVousStatusBadge status={r.status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
