import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canListFiches, canSendFiche } from "@/lib/auth/permissions";
import { markAgentFichesSeen } from "@/lib/domain/fiches/counters";
import { INBOX_VIEWS, listAgentFiches, listFicheInbox, type InboxView } from "@/lib/domain/fiches/queries";
import { PageHeader } from "@/components/ui/page-header";
import { AgentFicheTable } from "@/components/fiches/agent-fiche-table";
import { InboxTable } from "@/components/fiches/inbox-table";

export const metadata: Metadata = { title: "Fiches de liaison" };

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
  const raw = (await searchParams).vue;
  const view: InboxView = typeof raw === "string" && raw in INBOX_VIEWS ? (raw as InboxView) : "a-traiter";
  const rows = await listFicheInbox(actor, view);
  return (
    <>
      <PageHeader title="Fiches de liaison" description="Fiches envoyées par les mairies de quartier : les plus urgentes, puis les plus anciennes, en premier." />
      <nav aria-label="Vues des fiches" className="actions" style={{ marginTop: 0, marginBottom: "1rem" }}>
        {(Object.keys(INBOX_VIEWS) as InboxView[]).map((v) => (
          <Link
            key={v}
            href={v === "a-traiter" ? "/fiches-liaison" : `/fiches-liaison?vue=${v}`}
            className={v === view ? "btn btn--small" : "btn btn--secondary btn--small"}
            aria-current={v === view ? "page" : undefined}
          >
            {INBOX_VIEWS[v]}
          </Link>
        ))}
      </nav>
      <InboxTable rows={rows} caption={`Fiches de liaison : ${INBOX_VIEWS[view].toLowerCase()}`} final={view === "traitees"} />
    </>
  );
}
