import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { SIGNALEMENT_STATUS_LABELS } from "@/lib/domain/signalements/labels";
import type { SignalementDetail } from "@/lib/domain/signalements/queries";
import { SignalementStatusBadge } from "./status-badge";

/** What was reported, who reported it (until closed), and every dated step. */
export function SignalementView({ s }: { s: SignalementDetail }) {
  const reporter = [s.reporterNom, s.reporterTelephone, s.reporterEmail].filter(Boolean);
  return (
    <>
      <section className="card" aria-labelledby="signale-titre">
        <h2 id="signale-titre">Ce qui a été signalé</h2>
        <dl className="facts">
          <dt>Statut</dt><dd><SignalementStatusBadge status={s.status} /></dd>
          <dt>Reçu le</dt><dd>{formatDateTime(s.createdAt)}</dd>
          <dt>Personne</dt><dd style={{ whiteSpace: "pre-wrap" }}>{s.personne}</dd>
          <dt>Où la rencontrer</dt><dd style={{ whiteSpace: "pre-wrap" }}>{s.lieu}</dd>
          <dt>Commune</dt><dd>{s.commune}{s.quartier ? ` (quartier ${s.quartier})` : ""}</dd>
          <dt>Situation</dt><dd style={{ whiteSpace: "pre-wrap" }}>{s.situation}</dd>
          <dt>Première visite</dt><dd>{s.premiereVisiteAt ? formatDateTime(s.premiereVisiteAt) : "pas encore"}</dd>
          {s.usager ? (
            <><dt>Dossier</dt><dd><Link href={`/usagers/${s.usager.id}`}>{s.usager.prenom} {s.usager.nom} ({s.usager.numeroDossier})</Link></dd></>
          ) : null}
        </dl>
      </section>
      <section className="card" aria-labelledby="signaleur-titre">
        <h2 id="signaleur-titre">Personne qui a signalé</h2>
        {s.status === "CLOS" ? <p>Ses coordonnées ont été effacées à la clôture du signalement.</p>
          : reporter.length ? <p>{reporter.join(" · ")}</p> : <p>Aucune coordonnée laissée.</p>}
      </section>
      <section className="card" aria-labelledby="historique-titre">
        <h2 id="historique-titre">Historique</h2>
        <ol className="timeline">
          {s.history.map((h) => (
            <li key={h.id}>
              <strong>{SIGNALEMENT_STATUS_LABELS[h.status]}</strong> · {formatDateTime(h.at)} · {h.by ?? "compte supprimé"}
              {h.note ? <p style={{ whiteSpace: "pre-wrap", margin: ".25rem 0 0" }}>{h.note}</p> : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
