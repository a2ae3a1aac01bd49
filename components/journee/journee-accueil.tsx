// Ma journée of an agent d'accueil: the walk-in queue of their desk and the fiches de liaison of
// their site with the outcomes the CCAS gave.
import type { Actor } from "@/lib/auth/actor";
import { FileAttenteResume } from "@/components/accueil/file-attente-resume";
import { FichesAgent } from "./fiches-agent";

export function JourneeAccueil({ actor }: { actor: Actor }) {
  return (
    <div className="journee">
      <FichesAgent actor={actor} />
      <FileAttenteResume actor={actor} />
    </div>
  );
}
