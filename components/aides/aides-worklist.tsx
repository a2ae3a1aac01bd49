import Link from "next/link";
import type { AideWorklistRow } from "@/lib/domain/aides/queries";
import { AIDE_STATUS_LABELS, AIDE_STATUS_TONES, AIDE_TYPE_LABELS } from "@/lib/domain/aides/labels";
import { formatCalendarDate, formatEuros } from "@/lib/format";
import { Badge } from "@/components/ui/badge";

const DAY_MS = 86_400_000;

/** Aids of several dossiers (the /aides page): oldest first, with how long they have waited. */
export function AidesWorklist({ rows, caption, now, showInstructeur, showAccorde = false }: {
  rows: AideWorklistRow[]; caption: string; now: Date; showInstructeur: boolean; showAccorde?: boolean;
}) {
  const waited = (d: Date) => Math.max(0, Math.floor((now.getTime() - d.getTime()) / DAY_MS));
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{showAccorde ? "Décision" : "Demande"}</th><th scope="col">Personne</th><th scope="col">Type</th>
            <th scope="col" className="num">{showAccorde ? "Accordé" : "Demandé"}</th><th scope="col">Statut</th>
            {showInstructeur ? <th scope="col">Instruite par</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => {
            const from = showAccorde ? (a.decisionLe ?? a.demandeLe) : a.demandeLe;
            return (
              <tr key={a.id}>
                <td>{formatCalendarDate(from)}<div className="muted">il y a {waited(from)} j</div></td>
                <td>
                  <Link href={`/usagers/${a.usager.id}/aides/${a.id}`}>{a.usager.nom.toUpperCase()} {a.usager.prenom}</Link>
                  <div className="muted">Dossier n° {a.usager.numeroDossier}</div>
                </td>
                <td>{AIDE_TYPE_LABELS[a.type]}</td>
                <td className="num">{formatEuros(showAccorde ? a.montantAccordeCents : a.montantDemandeCents)}</td>
                <td>
                  <Badge tone={AIDE_STATUS_TONES[a.status]}>{AIDE_STATUS_LABELS[a.status]}</Badge>
                  {a.commissionLe ? <div className="muted">Commission du {formatCalendarDate(a.commissionLe)}</div> : null}
                </td>
                {showInstructeur ? <td>{a.instructeur ? `${a.instructeur.firstName} ${a.instructeur.lastName}` : "—"}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
