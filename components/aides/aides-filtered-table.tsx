import Link from "next/link";
import type { AideFilteredRow } from "@/lib/domain/aides/queries";
import { AIDE_STATUS_LABELS, AIDE_STATUS_TONES, AIDE_TYPE_LABELS } from "@/lib/domain/aides/labels";
import { formatCalendarDate, formatEuros } from "@/lib/format";
import { Badge } from "@/components/ui/badge";

/** One page of the filtered requests of several dossiers, the most recent request first. */
export function AidesFilteredTable({ rows, showInstructeur }: { rows: AideFilteredRow[]; showInstructeur: boolean }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">Demandes d&apos;aide correspondant aux filtres, la plus récente d&apos;abord</caption>
        <thead>
          <tr>
            <th scope="col">Demande</th><th scope="col">Personne</th><th scope="col">Type</th>
            <th scope="col" className="num">Demandé</th><th scope="col" className="num">Accordé</th><th scope="col">Statut</th>
            {showInstructeur ? <th scope="col">Instruite par</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <td>{formatCalendarDate(a.demandeLe)}</td>
              <td>
                <Link href={`/usagers/${a.usager.id}/aides/${a.id}`}>{a.usager.nom.toUpperCase()} {a.usager.prenom}</Link>
                <div className="muted">Dossier n° {a.usager.numeroDossier}</div>
              </td>
              <td>{AIDE_TYPE_LABELS[a.type]}{a.objet ? <div className="muted">{a.objet}</div> : null}</td>
              <td className="num">{formatEuros(a.montantDemandeCents)}</td>
              <td className="num">{a.status === "ACCORDEE" ? formatEuros(a.montantAccordeCents) : "—"}</td>
              <td>
                <Badge tone={AIDE_STATUS_TONES[a.status]}>{AIDE_STATUS_LABELS[a.status]}</Badge>
                {a.decisionLe ? <div className="muted">Décision du {formatCalendarDate(a.decisionLe)}</div> : null}
              </td>
              {showInstructeur ? <td>{a.instructeur ? `${a.instructeur.firstName} ${a.instructeur.lastName}` : "—"}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
