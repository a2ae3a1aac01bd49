import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canViewAgenda } from "@/lib/auth/permissions";
import { parseRendezVousListParams, rendezVousListQuery } from "@/lib/domain/agenda/list-params";
import { listRendezVousOutcomes } from "@/lib/domain/agenda/outcomes";
import { listSites } from "@/lib/domain/agenda/queries";
import { listReferentOptions } from "@/lib/domain/usagers/list";
import { PageHeader } from "@/components/ui/page-header";
import { countLabel, Pager } from "@/components/ui/pager";
import { RendezVousListFilters } from "@/components/agenda/rendez-vous-list-filters";
import { RendezVousListTable } from "@/components/agenda/rendez-vous-list-table";

export const metadata: Metadata = { title: "Rendez-vous honorés, excusés et non venus" };

// What a manager needs behind a no-show rate: the rendez-vous whose outcome is recorded, as a
// list (the agenda itself is a calendar). The agenda is TS and RESPONSABLE only: other roles must
// not learn that the page exists.
export default async function RendezVousListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  if (!canViewAgenda(actor)) notFound();
  const params = parseRendezVousListParams(await searchParams);
  const [list, sites, workers] = await Promise.all([listRendezVousOutcomes(actor, params), listSites(actor), listReferentOptions(actor)]);
  return (
    <>
      <PageHeader
        title="Rendez-vous honorés, excusés et non venus"
        description="Les rendez-vous de la structure dont l'issue est enregistrée, le plus récent d'abord."
        actions={<Link className="btn btn--secondary" href="/agenda">Agenda</Link>}
      />
      <RendezVousListFilters
        values={params}
        sites={sites.map(({ id, name }) => ({ id, name }))}
        travailleurs={workers.map(({ id, firstName, lastName }) => ({ id, firstName, lastName }))}
        actorId={actor.id}
      />
      <section className="card" aria-labelledby="rendez-vous">
        <h2 id="rendez-vous">Rendez-vous</h2>
        <p role="status">{countLabel(list.total, "rendez-vous", "rendez-vous", "Aucun rendez-vous ne correspond à ces critères.")}</p>
        {list.rows.length > 0 ? <RendezVousListTable rows={list.rows} /> : null}
        <Pager path="/agenda/rendez-vous" query={rendezVousListQuery(params)} page={list.page} pageSize={list.pageSize} total={list.total} />
      </section>
    </>
  );
}
