import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canListDomiciliations, canReadDomiciliationReport } from "@/lib/auth/permissions";
import { listDomiciliationWorklists, type DomiciliationWorklists } from "@/lib/domain/domiciliation/queries";
import { domiciliationListQuery, hasDomiciliationListFilter, parseDomiciliationListParams } from "@/lib/domain/domiciliation/list-params";
import { listDomiciliationsFiltered } from "@/lib/domain/domiciliation/list";
import { listStructureSites } from "@/lib/domain/shared/structure-sites";
import { listReferentOptions } from "@/lib/domain/usagers/list";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { formatCalendarDate, formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { countLabel, Pager } from "@/components/ui/pager";
import { WorklistTable } from "@/components/domiciliation/worklist-table";
import { DomiciliationListFilters } from "@/components/domiciliation/domiciliation-list-filters";
import { DomiciliationListTable } from "@/components/domiciliation/domiciliation-list-table";

export const metadata: Metadata = { title: "Domiciliation" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Without a filter the page shows the worklists; with one (typically a link from the tableau de
// bord), the matching domiciliations.
export default async function DomiciliationsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireUser();
  if (!canListDomiciliations(actor)) notFound();
  const params = parseDomiciliationListParams(await searchParams);
  const filtered = hasDomiciliationListFilter(params);
  const now = new Date();
  const [lists, list, sites, referents] = await Promise.all([
    listDomiciliationWorklists(actor, now),
    filtered ? listDomiciliationsFiltered(actor, params, now) : null,
    listStructureSites(actor),
    listReferentOptions(actor),
  ]);
  const lastYear = Number(parisToday(now).slice(0, 4)) - 1;
  return (
    <>
      <PageHeader title="Domiciliation" description={`${lists.enVigueur} domiciliation${lists.enVigueur > 1 ? "s" : ""} en vigueur. Une demande s'enregistre depuis le dossier de la personne.`}
        actions={<Link className="btn btn--secondary" href="/courrier">Registre du courrier</Link>} />
      <DomiciliationListFilters
        values={params} sites={sites}
        referents={referents.map(({ id, firstName, lastName }) => ({ id, firstName, lastName }))}
        actorId={actor.id}
      />
      {list ? (
        <section className="card" aria-labelledby="domiciliations">
          <h2 id="domiciliations">Domiciliations</h2>
          <p role="status">{countLabel(list.total, "domiciliation", "domiciliations", "Aucune domiciliation ne correspond à ces critères.")}</p>
          {list.rows.length > 0 ? <DomiciliationListTable rows={list.rows} now={now} /> : null}
          <Pager path="/domiciliations" query={domiciliationListQuery(params)} page={list.page} pageSize={list.pageSize} total={list.total} />
        </section>
      ) : <Worklists lists={lists} />}
      {canReadDomiciliationReport(actor) ? (
        <section className="card" aria-labelledby="rapport">
          <h2 id="rapport">Rapport annuel au préfet</h2>
          <form method="get" action="/api/domiciliations/rapport" className="form">
            <div className="field-row">
              <div className="field">
                <label htmlFor="annee">Année</label>
                <input id="annee" name="annee" type="number" min={2000} max={2100} defaultValue={lastYear} required />
              </div>
              <div className="field">
                <label htmlFor="format">Format</label>
                <select id="format" name="format" defaultValue="xlsx">
                  <option value="xlsx">Tableur (XLSX)</option>
                  <option value="pdf">PDF</option>
                </select>
              </div>
            </div>
            <div className="actions"><button type="submit" className="btn btn--secondary">Télécharger le rapport</button></div>
          </form>
        </section>
      ) : null}
    </>
  );
}

function Worklists({ lists }: { lists: DomiciliationWorklists }) {
  return (
    <>
      <section className="card" aria-labelledby="decisions">
        <h2 id="decisions">Décisions à rendre (deux mois après la demande)</h2>
        <WorklistTable caption="Demandes en attente de décision, la plus ancienne d'abord" headers={["Demande", "Décision avant le"]} empty="Aucune demande en attente."
          rows={lists.decisionsDue.map((d) => ({ id: d.id, usager: d.usager, cells: [
            formatCalendarDate(d.demandeLe),
            <>{formatCalendarDate(d.dueOn)} {d.overdue ? <Badge tone="danger">Délai dépassé</Badge> : null}</>,
          ] }))} />
      </section>
      <section className="card" aria-labelledby="echeances">
        <h2 id="echeances">Échéances dans les 30 jours (renouvellement)</h2>
        <WorklistTable caption="Domiciliations qui expirent dans les 30 jours" headers={["Début", "Fin de validité"]} empty="Aucune domiciliation n'arrive à échéance dans les 30 jours."
          rows={lists.expiring.map((d) => ({ id: d.id, usager: d.usager, cells: [formatCalendarDate(d.debut), formatCalendarDate(d.finValidite)] }))} />
      </section>
      <section className="card" aria-labelledby="fins">
        <h2 id="fins">Fins proposées (plus de trois mois sans contact)</h2>
        <WorklistTable caption="Domiciliations dont la fin est proposée" headers={["Dernier contact", "Proposée le"]} empty="Aucune fin proposée."
          rows={lists.endsProposed.map((d) => ({ id: d.id, usager: d.usager, cells: [formatDateTime(d.lastContact), formatDateTime(d.finProposeeLe)] }))} />
      </section>
    </>
  );
}
