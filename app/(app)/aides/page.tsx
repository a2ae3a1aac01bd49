import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canListAides, canSeeAllAideRequests } from "@/lib/auth/permissions";
import { aideListQuery, hasAideListFilter, parseAideListParams } from "@/lib/domain/aides/list-params";
import { listAidesAwaitingPayment, listAidesFiltered, listPendingAides, type AideWorklistRow } from "@/lib/domain/aides/queries";
import { listSites } from "@/lib/domain/users/queries";
import { listReferentOptions } from "@/lib/domain/usagers/list";
import { formatEuros } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { countLabel, Pager } from "@/components/ui/pager";
import { AidesWorklist } from "@/components/aides/aides-worklist";
import { AidesFilteredTable } from "@/components/aides/aides-filtered-table";
import { AideListFilters } from "@/components/aides/aide-list-filters";

export const metadata: Metadata = { title: "Aides facultatives" };

type AideFilteredList = Awaited<ReturnType<typeof listAidesFiltered>>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// A RESPONSABLE sees every request of the structure; a travailleur social the requests they
// instruct. Other roles must not learn that the page exists. Without a filter the page shows the
// two worklists; with one (typically a link from the tableau de bord), the matching requests.
export default async function AidesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireUser();
  if (!canListAides(actor)) notFound();
  const params = parseAideListParams(await searchParams);
  const responsable = canSeeAllAideRequests(actor);
  const filtered = hasAideListFilter(params);
  const [sites, workers, list, worklists] = await Promise.all([
    listSites(actor),
    responsable ? listReferentOptions(actor) : null,
    filtered ? listAidesFiltered(actor, params) : null,
    filtered ? null : Promise.all([listPendingAides(actor), listAidesAwaitingPayment(actor)]),
  ]);
  return (
    <>
      <PageHeader
        title="Aides facultatives"
        description={
          !responsable ? "Les demandes que vous instruisez."
          : filtered ? "Les demandes d'aide de la structure, la plus récente d'abord."
          : "Les demandes de la structure en attente de décision, la plus ancienne d'abord."
        }
      />
      <AideListFilters
        values={params}
        sites={sites.map(({ id, name }) => ({ id, name }))}
        instructeurs={workers ? workers.map(({ id, firstName, lastName }) => ({ id, firstName, lastName })) : null}
        actorId={actor.id}
      />
      {list ? <FilteredAides list={list} query={aideListQuery(params)} responsable={responsable} /> : null}
      {worklists ? <Worklists pending={worklists[0]} toPay={worklists[1]} responsable={responsable} /> : null}
    </>
  );
}

function FilteredAides({ list, query, responsable }: { list: AideFilteredList; query: Record<string, string>; responsable: boolean }) {
  return (
    <section className="card" aria-labelledby="demandes">
      <h2 id="demandes">Demandes d&apos;aide</h2>
      <p role="status">{countLabel(list.total, "demande", "demandes", "Aucune demande ne correspond à ces critères.")}</p>
      {list.total > 0 ? (
        <dl className="facts">
          <dt>Montant demandé</dt><dd>{formatEuros(list.demandeCents)}</dd>
          <dt>Montant accordé</dt><dd>{formatEuros(list.accordeCents)}</dd>
        </dl>
      ) : null}
      {list.rows.length > 0 ? <AidesFilteredTable rows={list.rows} showInstructeur={responsable} /> : null}
      <Pager path="/aides" query={query} page={list.page} pageSize={list.pageSize} total={list.total} />
    </section>
  );
}

function Worklists({ pending, toPay, responsable }: { pending: AideWorklistRow[]; toPay: AideWorklistRow[]; responsable: boolean }) {
  const now = new Date();
  const total = pending.reduce((s, a) => s + a.montantDemandeCents, 0);
  return (
    <>
      <section className="card" aria-labelledby="en-attente">
        <h2 id="en-attente">{responsable ? "En attente de décision" : "Vos demandes en cours"} ({pending.length})</h2>
        {pending.length === 0 ? <p>Aucune demande en attente.</p> : (
          <>
            <p className="muted">{formatEuros(total)} demandés au total.</p>
            <AidesWorklist rows={pending} caption="Demandes en attente, la plus ancienne d'abord" now={now} showInstructeur={responsable} />
          </>
        )}
      </section>
      <section className="card" aria-labelledby="a-payer">
        <h2 id="a-payer">Accordées, paiement à enregistrer ({toPay.length})</h2>
        {toPay.length === 0 ? <p>Aucune aide accordée en attente de paiement.</p> : (
          <AidesWorklist rows={toPay} caption="Aides accordées dont le paiement n'est pas encore enregistré" now={now} showAccorde showInstructeur={responsable} />
        )}
      </section>
    </>
  );
}
