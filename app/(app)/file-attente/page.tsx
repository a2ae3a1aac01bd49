import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canTakePeopleFromQueue, canUseAccueil } from "@/lib/auth/permissions";
import { getDossierIdentity, searchDossierIdentities } from "@/lib/domain/accueil/dossier-lookup";
import { getDesk, searchParam as one, type SearchParams } from "@/lib/domain/accueil/desk";
import { getQueue } from "@/lib/domain/accueil/queue-queries";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { DossierSearch } from "@/components/accueil/dossier-search";
import { LiveRefresh } from "@/components/accueil/live-refresh";
import { QueueAddForm } from "@/components/accueil/queue-add-form";
import { QueueDoneTable, QueueWaitingTable } from "@/components/accueil/queue-table";
import { DeskHeader } from "@/components/accueil/desk-header";

export const metadata: Metadata = { title: "File d'attente" };

// Today's queue of a site's walk-in permanence, shared between the desk and the offices: the page
// refreshes itself (decision 0051). The agent adds people and records departures; the
// professionals take the next person.
export default async function FileAttentePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireUser();
  if (!canUseAccueil(actor)) notFound();
  const params = await searchParams;
  const desk = await getDesk(actor, params);
  if (!desk) notFound();
  const { sites, site } = desk;
  const q = one(params.q);
  const [queue, chosen, results] = await Promise.all([
    getQueue(actor, site.id),
    getDossierIdentity(actor, one(params.usager)),
    q ? searchDossierIdentities(actor, q) : Promise.resolve([]),
  ]);
  const hours = queue.openings.map((o) => `${o.heures} (${o.travailleur})`).join(", ");
  const ticket = one(params.ticket);
  return (
    <>
      <LiveRefresh seconds={10} />
      <DeskHeader title="File d'attente" description={<>Permanence sans rendez-vous · {site.name} · {hours ? <>aujourd&apos;hui {hours} <Badge tone={queue.openNow ? "success" : undefined}>{queue.openNow ? "ouverte" : "fermée"}</Badge></> : "pas de permanence sans rendez-vous aujourd'hui"}</>}
        actions={<><Link className="btn btn--secondary" href={`/passages?site=${site.id}`}>Registre des passages</Link> <Link className="btn btn--secondary" href={`/file-attente/ecran?site=${site.id}`}>Écran de la salle d&apos;attente</Link></>}
        page="/file-attente" sites={sites} current={site.id} />
      {/^\d{1,4}$/.test(ticket) ? <Alert tone="success">Personne inscrite : ticket n° {ticket}.</Alert> : null}
      <section className="card" aria-labelledby="en-attente">
        <h2 id="en-attente">En attente ({queue.waiting.length})</h2>
        <QueueWaitingTable rows={queue.waiting} canTake={canTakePeopleFromQueue(actor)} />
        <p className="muted">La liste se met à jour toute seule toutes les 10 secondes.</p>
      </section>
      {queue.openings.length > 0 ? (
        <section className="card" aria-labelledby="inscrire">
          <h2 id="inscrire">Inscrire une personne</h2>
          <DossierSearch action="/file-attente" siteId={site.id} q={q} results={results} chosen={chosen} />
          <QueueAddForm key={chosen?.id ?? "anonyme"} siteId={site.id} dossier={chosen} />
        </section>
      ) : (
        <p>Les heures de la permanence sans rendez-vous se règlent dans l&apos;agenda (permanence « sans rendez-vous »).</p>
      )}
      <section className="card" aria-labelledby="sorties">
        <h2 id="sorties">Sorties de la file aujourd&apos;hui</h2>
        <QueueDoneTable rows={queue.done} />
      </section>
    </>
  );
}
