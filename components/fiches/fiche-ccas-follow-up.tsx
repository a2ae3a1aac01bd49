// CCAS side: the delays measured on the fiche and its dated history of status changes.
import type { CcasFiche } from "@/lib/domain/fiches/queries";
import { formatDuration } from "@/lib/domain/fiches/delays";
import { FICHE_STATUS_LABELS, outcomeLabel } from "@/lib/domain/fiches/labels";
import { formatDateTime } from "@/lib/format";
import { RdvText } from "./fiche-badges";

export function FicheDelaysCard({ fiche }: { fiche: CcasFiche }) {
  const d = fiche.delays;
  return (
    <section className="card" aria-labelledby="fiche-delais">
      <h2 id="fiche-delais">Suite et délais</h2>
      <dl className="facts">
        <dt>Reçue</dt><dd>{formatDateTime(fiche.recueAt)}{d.reception != null ? ` (après ${formatDuration(d.reception)})` : ""}</dd>
        <dt>Premier contact</dt><dd>{formatDateTime(fiche.premierContactAt)}{d.premierContact != null ? ` (après ${formatDuration(d.premierContact)})` : ""}</dd>
        <dt>Rendez-vous donné</dt><dd>{formatDateTime(fiche.rdvFixeAt)}{d.rdvDonne != null ? ` (après ${formatDuration(d.rdvDonne)})` : ""}</dd>
        <dt>Rendez-vous</dt>
        <dd>
          <RdvText rdvDate={fiche.rdvDate} rdvLieu={fiche.rdvLieu} rdvLieuPrecision={fiche.rdvLieuPrecision} />
          {d.jusquAuRdv != null ? ` (${formatDuration(d.jusquAuRdv)} après l'envoi)` : ""}
        </dd>
        <dt>Suite donnée</dt><dd>{outcomeLabel(fiche) ?? "—"}</dd>
        <dt>Attribuée à</dt><dd>{fiche.assignee ?? "Non attribuée"}</dd>
      </dl>
    </section>
  );
}

export function FicheHistoryCard({ fiche }: { fiche: CcasFiche }) {
  return (
    <section className="card" aria-labelledby="fiche-historique">
      <h2 id="fiche-historique">Historique de la fiche</h2>
      <ol className="timeline">
        {fiche.events.map((e) => (
          <li key={e.id}>
            <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
            <div><strong>{FICHE_STATUS_LABELS[e.status]}</strong></div>
            {e.by ? <div className="muted">par {e.by}</div> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
