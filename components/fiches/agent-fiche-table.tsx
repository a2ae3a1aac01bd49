// The agent's list: status, dates, appointment and outcome category; nothing of the evaluation.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { outcomeLabel } from "@/lib/domain/fiches/labels";
import type { AgentFicheRow } from "@/lib/domain/fiches/queries";
import { formatDate } from "@/lib/format";
import { FicheStatusBadge, RdvText } from "./fiche-badges";

export function AgentFicheTable({ rows }: { rows: AgentFicheRow[] }) {
  if (rows.length === 0) {
    return (
      <div className="card">
        <p style={{ margin: 0 }}>Aucune fiche n&apos;a encore été envoyée depuis votre site.</p>
      </div>
    );
  }
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">Fiches de liaison envoyées depuis votre site</caption>
        <thead>
          <tr>
            <th scope="col">Référence</th>
            <th scope="col">Personne</th>
            <th scope="col">Envoyée le</th>
            <th scope="col">Statut</th>
            <th scope="col">Rendez-vous</th>
            <th scope="col">Suite donnée</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => (
            <tr key={f.id}>
              <td><Link href={`/fiches-liaison/${f.id}`}>{f.reference}</Link></td>
              <td>{f.nom.toLocaleUpperCase("fr-FR")} {f.prenom}</td>
              <td>
                {formatDate(f.sentAt)}
                {f.envoyeePar ? <div className="muted">par {f.envoyeePar}</div> : null}
              </td>
              <td>
                <FicheStatusBadge status={f.status} />
                {f.changed ? <> <Badge tone="info">Nouveau</Badge></> : null}
                <div className="muted">depuis le {formatDate(f.statusChangedAt)}</div>
              </td>
              <td><RdvText rdvDate={f.rdvDate} rdvLieu={f.rdvLieu} rdvLieuPrecision={f.rdvLieuPrecision} /></td>
              <td>{outcomeLabel(f) ?? <span className="muted">En attente</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
