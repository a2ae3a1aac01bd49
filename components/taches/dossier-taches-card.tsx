// The tasks of a dossier, and the form to give one about it.
import type { Actor } from "@/lib/auth/actor";
import { listAssignableColleagues, listDossierTaches } from "@/lib/domain/taches/queries";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { Disclosure } from "@/components/accompagnements/disclosure";
import { TacheForm } from "./tache-form";
import { TacheList } from "./tache-list";

export async function DossierTachesCard({ actor, usagerId, readOnly }: { actor: Actor; usagerId: string; readOnly: boolean }) {
  const [taches, colleagues] = await Promise.all([listDossierTaches(actor, usagerId), listAssignableColleagues(actor)]);
  const open = taches.filter((t) => t.status === "A_FAIRE").length;
  return (
    <section className="card" aria-labelledby="taches">
      <h2 id="taches">Tâches ({open} à faire)</h2>
      {readOnly ? null : (
        <Disclosure label="Nouvelle tâche" variant="primary">
          <TacheForm usagerId={usagerId} colleagues={colleagues} today={parisToday()} defaultAssigneeId={actor.id} />
        </Disclosure>
      )}
      <TacheList taches={taches} showDossier={false} empty="Aucune tâche sur ce dossier." />
    </section>
  );
}
