// "Mes tâches": the signed-in worker's open tasks, earliest due first, with their status buttons.
// A server component on its own, for the à-faire page and for the home page (Ma journée).
import type { Actor } from "@/lib/auth/actor";
import { listMyOpenTaches } from "@/lib/domain/taches/queries";
import { TacheList } from "./tache-list";

export async function MesTaches({ actor, headingLevel = 2 }: { actor: Actor; headingLevel?: 2 | 3 }) {
  const taches = await listMyOpenTaches(actor);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="card" aria-labelledby="mes-taches">
      <Heading id="mes-taches">Mes tâches ({taches.length})</Heading>
      <TacheList taches={taches} showAssignee={false} empty="Aucune tâche à faire." />
    </section>
  );
}
