// Ma journée of a RESPONSABLE: the team's load (dossiers as référent, open accompagnements,
// entretiens of the last 30 days, dossiers without contact for 90 days), each figure linked to
// the list behind it, as on the tableau de bord.
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { TEAM_LOAD_DAYS, teamLoad } from "@/lib/domain/journee/team-load";
import { JourneeSection } from "./section";

export async function ChargeEquipe({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  const rows = await teamLoad(actor, now);
  if (!rows) return null;
  return (
    <JourneeSection id="journee-equipe" title="Charge de l'équipe" count={rows.length} empty="Aucun travailleur social dans la structure." wide
      more={{ href: "/tableau-de-bord", label: "Voir le tableau de bord" }}>
      <div className="table-wrap">
        <table className="journee-table">
          <caption className="sr-only">Charge de chaque travailleur social : dossiers suivis, accompagnements ouverts, entretiens des {TEAM_LOAD_DAYS} derniers jours, dossiers sans contact depuis 90 jours</caption>
          <thead>
            <tr>
              <th scope="col">Travailleur social</th><th scope="col" className="num">Dossiers</th><th scope="col" className="num">Accomp.</th>
              <th scope="col" className="num">Entretiens {TEAM_LOAD_DAYS} j</th><th scope="col" className="num">Sans contact 90 j</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.userId}>
                <th scope="row">{r.nom}</th>
                <td className="num"><Link href={`/usagers?referent=${r.userId}`} aria-label={`${r.dossiers} dossiers de ${r.nom}`}>{r.dossiers}</Link></td>
                <td className="num">{r.accompagnements}</td>
                <td className="num">{r.entretiens}</td>
                <td className="num">{r.sansContact90 ? <Link href={`/usagers?referent=${r.userId}&sansContact=90`} aria-label={`${r.sansContact90} dossiers de ${r.nom} sans contact depuis 90 jours`}>{r.sansContact90}</Link> : 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </JourneeSection>
  );
}
