// The agent's view of a fiche: what they sent, the status, the appointment and the outcome
// category. Built from AgentFiche, whose query never selects the CCAS evaluation.
import type { AgentFiche } from "@/lib/domain/fiches/queries";
import { outcomeLabel } from "@/lib/domain/fiches/labels";
import { formatDateTime } from "@/lib/format";
import { FicheStatusBadge, RdvText } from "./fiche-badges";
import { FicheDemandCard, FichePersonCard } from "./fiche-person";

export function FicheAgentView({ fiche }: { fiche: AgentFiche }) {
  const outcome = outcomeLabel(fiche);
  return (
    <>
      <section className="card" aria-labelledby="fiche-suivi">
        <h2 id="fiche-suivi">Suivi par le CCAS</h2>
        <dl className="facts">
          <dt>Statut</dt><dd><FicheStatusBadge status={fiche.status} /> depuis le {formatDateTime(fiche.statusChangedAt)}</dd>
          <dt>Reçue le</dt><dd>{formatDateTime(fiche.recueAt)}</dd>
          <dt>Premier contact</dt><dd>{formatDateTime(fiche.premierContactAt)}</dd>
          <dt>Rendez-vous</dt><dd><RdvText rdvDate={fiche.rdvDate} rdvLieu={fiche.rdvLieu} rdvLieuPrecision={fiche.rdvLieuPrecision} /></dd>
          <dt>Suite donnée</dt><dd>{outcome ?? "En attente"}</dd>
        </dl>
        <p className="muted" style={{ marginBottom: 0 }}>
          Le contenu de l&apos;évaluation reste au CCAS (secret professionnel) : seuls le statut, le rendez-vous et la suite donnée
          vous sont communiqués.
        </p>
      </section>
      <div className="grid-2">
        <FichePersonCard fiche={fiche} />
        <FicheDemandCard fiche={fiche} />
      </div>
    </>
  );
}
