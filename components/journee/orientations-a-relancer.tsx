// Ma journée: orientations without an answer past the structure's relaunch delay (the à-faire
// list's query), the oldest first.
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { listOrientationsToRelaunch, orientationRelanceJours } from "@/lib/domain/orientations/relance";
import { JourneeSection, firstOf, person } from "./section";

export async function OrientationsARelancerJournee({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  const [rows, jours] = await Promise.all([listOrientationsToRelaunch(actor, now), orientationRelanceJours(actor.structureId)]);
  return (
    <JourneeSection id="journee-orientations" title={`Orientations à relancer (sans réponse depuis ${jours} jours)`} count={rows.length}
      empty="Aucune orientation à relancer." more={rows.length > 6 ? { href: "/a-faire", label: `Voir les ${rows.length} orientations` } : null}>
      <ul className="journee-list">
        {firstOf(rows).map((o) => (
          <li key={o.id}>
            <Link href={o.href}>{person(o.usager)}</Link> → {o.partenaire.nom}
            <span className="muted"> · {o.joursSansReponse} j sans réponse{o.partenaire.telephone ? ` · ${o.partenaire.telephone}` : ""}</span>
          </li>
        ))}
      </ul>
    </JourneeSection>
  );
}
