import Link from "next/link";
import type { AideListRow } from "@/lib/domain/aides/queries";
import { AIDE_STATUS_LABELS, AIDE_STATUS_TONES, AIDE_TYPE_LABELS } from "@/lib/domain/aides/labels";
import { formatCalendarDate, formatEuros } from "@/lib/format";
import { Badge } from "@/components/ui/badge";

/** Aids of one dossier: date, type, amounts asked and granted, status. */
export function AidesTable({ usagerId, aides, caption }: { usagerId: string; aides: AideListRow[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Demande</th><th scope="col">Type</th><th scope="col" className="num">Demandé</th>
            <th scope="col" className="num">Accordé</th><th scope="col">Statut</th>
          </tr>
        </thead>
        <tbody>
          {aides.map((a) => (
            <tr key={a.id}>
              <td><Link href={`/usagers/${usagerId}/aides/${a.id}`}>{formatCalendarDate(a.demandeLe)}</Link></td>
              <td>{AIDE_TYPE_LABELS[a.type]}{a.objet ? <div className="muted">{a.objet}</div> : null}</td>
              <td className="num">{formatEuros(a.montantDemandeCents)}</td>
              <td className="num">{formatEuros(a.montantAccordeCents)}</td>
              <td>
                <Badge tone={AIDE_STATUS_TONES[a.status]}>{AIDE_STATUS_LABELS[a.status]}</Badge>
                {a.status === "ACCORDEE" ? <div className="muted">{a.payeLe ? `Payée le ${formatCalendarDate(a.payeLe)}` : "Paiement à enregistrer"}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
