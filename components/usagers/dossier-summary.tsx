import Link from "next/link";
import type { DossierSummary } from "@/lib/domain/dossier/summary";
import type { EntretienRow } from "@/lib/domain/entretiens/queries";
import type { ResteAVivre } from "@/lib/domain/usagers/reste-a-vivre";
import { ACCOMPAGNEMENT_STATUS_LABELS, ACCOMPAGNEMENT_TYPE_LABELS } from "@/lib/domain/accompagnements/labels";
import { DOMAINE_LABELS } from "@/lib/domain/entretiens/labels";
import { formatCalendarDate, formatDateTime, formatEuros } from "@/lib/format";

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** The first screen of a dossier: what happened lately, what is open, what waits, what is left to live on. */
export function DossierSummaryCard({ usagerId, summary, entretiens, rav }: {
  usagerId: string; summary: DossierSummary; entretiens: EntretienRow[]; rav: ResteAVivre;
}) {
  const pending = [
    summary.actionsEnRetard ? { href: "#accompagnements", text: plural(summary.actionsEnRetard, "action du plan en retard", "actions du plan en retard") } : null,
    summary.aidesEnAttente ? { href: "#aides", text: plural(summary.aidesEnAttente, "aide en attente de décision", "aides en attente de décision") } : null,
    summary.orientationsEnAttente ? { href: "#orientations", text: plural(summary.orientationsEnAttente, "orientation sans réponse du partenaire", "orientations sans réponse du partenaire") } : null,
  ].filter((p) => p !== null);
  return (
    <section className="card dossier-summary" aria-labelledby="resume">
      <h2 id="resume">Résumé</h2>
      <div className="dossier-summary__grid">
        <div>
          <h3>Derniers entretiens</h3>
          {entretiens.length === 0 ? <p>Aucun entretien enregistré.</p> : (
            <ul className="plain-list">
              {entretiens.slice(0, 3).map((e) => (
                <li key={e.id}>
                  <a href={`#entretien-${e.id}`}>{formatDateTime(e.date)}</a>
                  <span className="muted"> · {e.objets.map((o) => DOMAINE_LABELS[o]).join(", ")}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>Accompagnements ouverts</h3>
          {summary.accompagnements.length === 0 ? <p>Aucun accompagnement ouvert.</p> : (
            <ul className="plain-list">
              {summary.accompagnements.map((a) => (
                <li key={a.id}>
                  <Link href={`/usagers/${usagerId}/accompagnements/${a.id}`}>{ACCOMPAGNEMENT_TYPE_LABELS[a.type as keyof typeof ACCOMPAGNEMENT_TYPE_LABELS] ?? a.type}</Link>
                  <span className="muted"> · {ACCOMPAGNEMENT_STATUS_LABELS[a.status as keyof typeof ACCOMPAGNEMENT_STATUS_LABELS] ?? a.status} depuis le {formatCalendarDate(a.debut)}</span>
                  {a.actions ? (
                    <div className="dossier-summary__progress">
                      <progress max={a.actions} value={a.faites} aria-label={`Plan d'action : ${a.faites} sur ${a.actions} faites`} />
                      <span>{a.faites} / {plural(a.actions, "action faite", "actions faites")}</span>
                    </div>
                  ) : <div className="muted">Pas encore de plan d&apos;action</div>}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>En attente</h3>
          {pending.length === 0 ? <p>Rien en attente.</p> : (
            <ul className="plain-list">{pending.map((p) => <li key={p.href}><a href={p.href}>{p.text}</a></li>)}</ul>
          )}
          <h3>Reste à vivre</h3>
          <p>
            {rav.parUc ? <><strong>{formatEuros(rav.parUc.jourCents)}</strong> par jour et par unité de consommation</> : "Budget non renseigné"}
            {" · "}<a href="#rav">le détail</a>
          </p>
        </div>
      </div>
    </section>
  );
}
