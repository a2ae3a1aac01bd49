// Ma journée of a RESPONSABLE: the team's overdue tasks, whoever holds them.
import type { Actor } from "@/lib/auth/actor";
import { listTeamOverdueTaches } from "@/lib/domain/taches/queries";
import { TacheList } from "@/components/taches/tache-list";
import { JourneeSection } from "./section";

export async function TachesEquipeEnRetard({ actor }: { actor: Actor }) {
  const taches = await listTeamOverdueTaches(actor);
  return (
    <JourneeSection id="journee-taches-equipe" title="Tâches de l'équipe en retard" count={taches.length} empty="Aucune tâche en retard dans l'équipe."
      more={taches.length ? { href: "/a-faire", label: "Voir dans « À faire »" } : null}>
      <TacheList taches={taches.slice(0, 8)} empty="" />
    </JourneeSection>
  );
}
