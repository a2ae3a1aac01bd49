import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canListFiches, canSendFiche } from "@/lib/auth/permissions";
import { markAgentFichesSeen } from "@/lib/domain/fiches/counters";
import { listAgentFiches, listFicheInbox } from "@/lib/domain/fiches/queries";
import { INBOX_VIEWS, inboxQuery, parseInboxParams, type InboxView } from "@/lib/domain/fiches/list-params";
import { listReferentOptions } from "@/lib/domain/usagers/list";
import { listSites } from "@/lib/domain/users/queries";
import { PageHeader } from "@/components/ui/page-header";
import { countLabel, pageHref, Pager } from "@/components/ui/pager";
import { AgentFicheTable } from "@/components/fiches/agent-fiche-table";
import { InboxFilters } from "@/components/fiches/inbox-filters";
import { InboxTable } from "@/components/fiches/inbox-table";

export const metadata: Metadata = { title: "Fiches de liaison" };

const ORDER: Record<InboxView, string> = {
  "a-traiter": "les plus urgentes, puis les plus anciennes, en premier",
  miennes: "les plus urgentes, puis les plus anciennes, en premier",
  traitees: "les plus récemment traitées en premier",
  toutes: "les plus récemment envoyées en premier",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// One address for both sides: the agent sees their site's fiches, the CCAS its inbox.
export default async function FichesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireUser();
  if (canSendFiche(actor)) {
    const list = await listAgentFiches(actor);
    // Read first (the "Nouveau" marks need the previous visit), then reset the counter.
    await markAgentFichesSeen(actor);
    return (
      <>
        <PageHeader
          title="Fiches de liaison"
          description="Les fiches envoyées au CCAS depuis votre site et la suite qui leur a été donnée."
          actions={<Link className="btn" href="/fiches-liaison/nouvelle">Nouvelle fiche</Link>}
        />
        <AgentFicheTable rows={list.rows} />
        {list.truncated ? <p className="muted">Seules les 200 fiches les plus récentes sont affichées.</p> : null}
      </>
    );
  }
  if (!canListFiches(actor)) notFound();
  const params = parseInboxParams(await searchParams);
  const view = params.vue;
  const [list, sites, workers] = await Promise.all([listFicheInbox(actor, params), listSites(actor), listReferentOptions(actor)]);
  const filtered = Boolean(params.site || params.du || params.au || params.attribuee);
  return (
    <>
      <PageHeader title="Fiches de liaison" description={`Fiches envoyées par les mairies de quartier : ${ORDER[view]}.`} />
      <nav aria-label="Vues des fiches" className="actions" style={{ marginTop: 0, marginBottom: "1rem" }}>
        {(Object.keys(INBOX_VIEWS) as InboxView[]).map((v) => (
          <Link
            key={v}
            href={pageHref("/fiches-liaison", inboxQuery(params, v), 1)}
            className={v === view ? "btn btn--small" : "btn btn--secondary btn--small"}
            aria-current={v === view ? "page" : undefined}
          >
            {INBOX_VIEWS[v]}
          </Link>
        ))}
      </nav>
      <InboxFilters
        values={params}
        sites={sites.map(({ id, name }) => ({ id, name }))}
        workers={workers.map(({ id, firstName, lastName }) => ({ id, firstName, lastName }))}
        actorId={actor.id}
      />
      <p><strong>{countLabel(list.total, "fiche", "fiches", "Aucune fiche")}</strong></p>
      <InboxTable
        rows={list.rows}
        caption={`Fiches de liaison : ${INBOX_VIEWS[view].toLowerCase()}`}
        kind={view === "traitees" ? "final" : view === "toutes" ? "all" : "open"}
        filtered={filtered}
      />
      <Pager path="/fiches-liaison" query={inboxQuery(params)} page={list.page} pageSize={list.pageSize} total={list.total} />
    </>
  );
}
