// Ma journée of a travailleur social, and of a RESPONSABLE (who sees first what waits on them as
// head of the service: decisions, delays, the team's load and overdue tasks, then their own day).
import type { Actor } from "@/lib/auth/actor";
import { FileAttenteResume } from "@/components/accueil/file-attente-resume";
import { MesTaches } from "@/components/taches/mes-taches";
import { RendezVousDuJour } from "./rendez-vous-du-jour";
import { Echeances } from "./echeances";
import { AidesEnAttente } from "./aides-en-attente";
import { FichesATraiter } from "./fiches-a-traiter";
import { OrientationsARelancerJournee } from "./orientations-a-relancer";
import { DossiersRecents } from "./dossiers-recents";
import { ChargeEquipe } from "./charge-equipe";
import { TachesEquipeEnRetard } from "./taches-equipe";

export function JourneeSociale({ actor, responsable }: { actor: Actor; responsable: boolean }) {
  return (
    <div className="journee">
      <RendezVousDuJour actor={actor} />
      {responsable ? <AidesEnAttente actor={actor} title="Décisions à prendre : aides en attente" showInstructeur /> : null}
      {responsable ? <FichesATraiter actor={actor} vue="a-traiter" title="Fiches de liaison à traiter et leurs délais" /> : null}
      <FileAttenteResume actor={actor} />
      <MesTaches actor={actor} />
      <Echeances actor={actor} />
      {responsable ? null : <FichesATraiter actor={actor} vue="miennes" title="Fiches de liaison qui me sont attribuées" />}
      {responsable ? null : <AidesEnAttente actor={actor} title="Aides que j'instruis, en attente" />}
      <OrientationsARelancerJournee actor={actor} />
      {responsable ? <TachesEquipeEnRetard actor={actor} /> : null}
      <DossiersRecents actor={actor} />
      {responsable ? <ChargeEquipe actor={actor} /> : null}
    </div>
  );
}
