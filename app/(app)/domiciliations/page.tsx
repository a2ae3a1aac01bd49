import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canListUsagers, canReadDomiciliationReport } from "@/lib/auth/permissions";
import { listDomiciliationWorklists } from "@/lib/domain/domiciliation/queries";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { formatCalendarDate, formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { WorklistTable } from "@/components/domiciliation/worklist-table";

export const metadata: Metadata = { title: "Domiciliation" };

export default async function DomiciliationsPage() {
  const actor = await requireUser();
  if (!canListUsagers(actor)) notFound();
  const lists = await listDomiciliationWorklists(actor);
  const lastYear = Number(parisToday().slice(0, 4)) - 1;
  return (
    <>
      <PageHeader title="Domiciliation" description={`${lists.enVigueur} domiciliation${lists.enVigueur > 1 ? "s" : ""} en vigueur. Une demande s'enregistre depuis le dossier de la personne.`}
        actions={<Link className="btn btn--secondary" href="/courrier">Registre du courrier</Link>} />
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
