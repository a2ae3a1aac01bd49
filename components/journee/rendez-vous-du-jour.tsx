// Ma journée: the actor's rendez-vous and permanences of today (Paris), each linked to its page,
// with "Saisir l'entretien" for a rendez-vous of a dossier not yet written up (the form is
// prefilled from the rendez-vous: lib/domain/agenda/queries.ts getRendezVousForEntretien).
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { getAgenda, personOf } from "@/lib/domain/agenda/queries";
import { RDV_KIND_LABELS } from "@/lib/domain/agenda/labels";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { RendezVousStatusBadge } from "@/components/agenda/rendez-vous-badge";
import { formatSpan } from "@/components/agenda/format";
import { JourneeSection } from "./section";

const WRITABLE = new Set(["PREVU", "HONORE"]);

export async function RendezVousDuJour({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  const today = parisToday(now);
  const agenda = await getAgenda(actor, { date: today, vue: "jour", travailleurId: actor.id });
  if (!agenda) return null;
  const rdvs = agenda.rendezVous.filter((r) => r.status !== "ANNULE");
  const count = rdvs.length + agenda.permanences.length;
  return (
    <JourneeSection id="journee-rdv" title="Rendez-vous et permanences du jour" count={count}
      empty="Aucun rendez-vous ni permanence aujourd'hui." more={{ href: `/agenda?vue=jour&date=${today}`, label: "Voir l'agenda du jour" }}>
      <ul className="journee-list">
        {agenda.permanences.map((p) => (
          <li key={`${p.permanenceId}-${p.date}`}>
            <span className="journee-time">{formatSpan(p.debut, p.fin)}</span> Permanence · {p.site}
          </li>
        ))}
        {rdvs.map((r) => (
          <li key={r.id}>
            <span className="journee-time">{formatSpan(r.debut, r.fin)}</span>
            {r.usager ? <Link href={`/usagers/${r.usager.id}`}>{personOf(r)}</Link> : personOf(r)}
            {" "}· {RDV_KIND_LABELS[r.kind]}{r.site ? `, ${r.site.name}` : ""}{r.objet ? <span className="muted"> · {r.objet}</span> : null}
            {" "}<RendezVousStatusBadge status={r.status} />
            <div className="actions">
              {r.usagerId && !r.entretienId && WRITABLE.has(r.status) ? (
                <Link className="btn btn--small" href={`/usagers/${r.usagerId}/entretiens/nouveau?rendezVousId=${r.id}`}
                  aria-label={`Saisir l'entretien : ${personOf(r)}, ${formatSpan(r.debut, r.fin)}`}>
                  Saisir l&apos;entretien
                </Link>
              ) : null}
              <Link className="btn btn--secondary btn--small" href={`/agenda/rendez-vous/${r.id}`}
                aria-label={`Rendez-vous de ${formatSpan(r.debut, r.fin)} : ${personOf(r)}`}>Rendez-vous</Link>
            </div>
          </li>
        ))}
      </ul>
    </JourneeSection>
  );
}
