import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { CourriersCard } from "@/components/courriers/courriers-card";
import { canManageDomiciliation } from "@/lib/auth/permissions";
import { getUsagerDossier } from "@/lib/domain/usagers/dossier";
import { listLinkableAccompagnements } from "@/lib/domain/accompagnements/queries";
import { ACCOMPAGNEMENT_TYPE_SHORT } from "@/lib/domain/accompagnements/labels";
import { CANAL_LABELS } from "@/lib/domain/entretiens/labels";
import { displayStatus, listDomiciliationsForUsager, listLinkableEntretiens } from "@/lib/domain/domiciliation/queries";
import { isoToDate } from "@/lib/domain/shared/fields";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { formatCalendarDate, formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { DomiciliationRequestForm } from "@/components/domiciliation/request-form";
import { EntretienLinkForm } from "@/components/domiciliation/entretien-link-form";
import { DomiciliationDecisionForm } from "@/components/domiciliation/decision-form";
import { DomiciliationEndForm, DomiciliationRenewalForm, KeepDomiciliationButton } from "@/components/domiciliation/renewal-end-forms";
import { DomiciliationFacts } from "@/components/domiciliation/domiciliation-facts";
import { DomiciliationStatusBadge } from "@/components/domiciliation/status-badge";
import { dossierPageTitle } from "@/lib/domain/usagers/dossier";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: await dossierPageTitle(await requireUser(), (await params).id, "Domiciliation") };
}

export default async function DossierDomiciliationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  const dossier = await getUsagerDossier(actor, id, { audit: false });
  if (!dossier || !canManageDomiciliation(actor, dossier)) notFound();
  const [rows, entretiens, accompagnements] = await Promise.all([
    listDomiciliationsForUsager(actor, id, { audit: true }),
    listLinkableEntretiens(actor, id),
    listLinkableAccompagnements(actor, id),
  ]);
  const archived = dossier.status === "ARCHIVE";
  const today = parisToday();
  const todayDate = isoToDate(parisToday())!;
  const current = rows.find((r) => r.status === "DEMANDEE" || (r.status === "ACCORDEE" && r.finValidite && r.finValidite >= todayDate)) ?? null;
  const expiredGranted = rows.find((r) => r.status === "ACCORDEE" && r !== current) ?? null;
  const person = `${dossier.nom.toUpperCase()} ${dossier.prenom}`;
  return (
    <>
      <p><Link href={`/usagers/${id}`}>← Retour au dossier de {person}</Link></p>
      <PageHeader title="Domiciliation" description={`${person} · Dossier n° ${dossier.numeroDossier}`} />
      {archived ? <Alert tone="warning">Ce dossier est archivé : la domiciliation ne peut plus être modifiée.</Alert> : null}
      {current ? (
        <section className="card" aria-labelledby="en-cours">
          <h2 id="en-cours">{current.status === "DEMANDEE" ? "Demande en cours" : "Domiciliation en vigueur"} <DomiciliationStatusBadge status={displayStatus(current)} /></h2>
          <DomiciliationFacts d={current} />
          {current.status === "ACCORDEE" ? <p><a className="btn btn--secondary" href={`/api/domiciliations/${current.id}/courrier`}>Télécharger l&apos;attestation (PDF)</a></p> : null}
          {current.finProposeeLe && current.status === "ACCORDEE" ? (
            <Alert tone="warning" title="Fin proposée">Aucun contact depuis plus de trois mois consécutifs (signalé le {formatDateTime(current.finProposeeLe)}). Confirmez la fin ci-dessous ou maintenez la domiciliation si la personne a repris contact.</Alert>
          ) : null}
        </section>
      ) : null}
      {!archived && current?.status === "DEMANDEE" ? (
        <div className="grid-2">
          <section className="card" aria-labelledby="entretien">
            <h2 id="entretien">Entretien préalable</h2>
            {current.entretien ? <p>Rattaché : entretien du {formatDateTime(current.entretien.date)} ({CANAL_LABELS[current.entretien.canal].toLowerCase()}).</p> : (
              <EntretienLinkForm id={current.id} updatedAt={current.updatedAt.toISOString()} usagerId={id}
                entretiens={entretiens.map((e) => ({ id: e.id, label: `${formatDateTime(e.date)} · ${CANAL_LABELS[e.canal]} · ${e.dureeMinutes} min` }))} />
            )}
          </section>
          <section className="card" aria-labelledby="decision">
            <h2 id="decision">Décision</h2>
            <p className="muted">À rendre avant le {formatCalendarDate(current.decisionDueOn)} (deux mois après la demande).</p>
            <DomiciliationDecisionForm key={current.updatedAt.toISOString()} id={current.id} updatedAt={current.updatedAt.toISOString()} today={today} />
          </section>
        </div>
      ) : null}
      {!archived && current?.status === "ACCORDEE" ? (
        <div className="grid-2">
          <section className="card" aria-labelledby="renouvellement">
            <h2 id="renouvellement">Renouvellement</h2>
            {current.finProposeeLe ? <KeepDomiciliationButton id={current.id} updatedAt={current.updatedAt.toISOString()} /> : null}
            <DomiciliationRenewalForm key={`r-${current.updatedAt.toISOString()}`} id={current.id} updatedAt={current.updatedAt.toISOString()} today={today} />
          </section>
          <section className="card" aria-labelledby="fin">
            <h2 id="fin">Fin de la domiciliation</h2>
            <DomiciliationEndForm key={`f-${current.updatedAt.toISOString()}`} id={current.id} updatedAt={current.updatedAt.toISOString()} today={today} proposed={current.finProposeeLe !== null} />
          </section>
        </div>
      ) : null}
      {!archived && expiredGranted && !current ? (
        <section className="card" aria-labelledby="expiree">
          <h2 id="expiree">Domiciliation expirée le {formatCalendarDate(expiredGranted.finValidite)}</h2>
          <div className="grid-2">
            <DomiciliationRenewalForm id={expiredGranted.id} updatedAt={expiredGranted.updatedAt.toISOString()} today={today} />
            <DomiciliationEndForm id={expiredGranted.id} updatedAt={expiredGranted.updatedAt.toISOString()} today={today} proposed={false} />
          </div>
        </section>
      ) : null}
      {!archived && !current && !expiredGranted ? (
        <section className="card" aria-labelledby="nouvelle">
          <h2 id="nouvelle">Nouvelle demande de domiciliation</h2>
          <DomiciliationRequestForm usagerId={id} today={today}
            membres={dossier.foyer.map((m) => ({ id: m.id, label: `${m.prenom} ${m.nom.toUpperCase()}` }))}
            accompagnements={accompagnements.map((a) => ({ id: a.id, label: `${ACCOMPAGNEMENT_TYPE_SHORT[a.type]} (depuis le ${formatCalendarDate(a.debut)})` }))} />
        </section>
      ) : null}
      {current?.status === "ACCORDEE" ? (
        <section className="card" aria-labelledby="courriers">
          <h2 id="courriers">Courrier</h2>
          {current.courriers.length === 0 ? <p>Aucun courrier reçu.</p> : (
            <ul>
              {current.courriers.map((c) => (
                <li key={c.id}>Reçu le {formatCalendarDate(c.recuLe)}{c.recommande ? " (recommandé)" : ""} — {c.status === "REMIS" ? `remis le ${formatDateTime(c.remisLe)}${c.remisPar ? ` par ${c.remisPar}` : ""}` : c.status === "RETOURNE" ? `retourné le ${formatCalendarDate(c.retourneLe)}` : "en attente"}</li>
              ))}
            </ul>
          )}
          <p><Link href="/courrier">Ouvrir le registre du courrier</Link></p>
        </section>
      ) : null}
      {rows.filter((r) => r !== current).length > 0 ? (
        <section className="card" aria-labelledby="historique">
          <h2 id="historique">Historique</h2>
          <ul>
            {rows.filter((r) => r !== current).map((r) => (
              <li key={r.id}>
                Demande du {formatCalendarDate(r.demandeLe)} : <DomiciliationStatusBadge status={displayStatus(r)} />{" "}
                {r.status !== "DEMANDEE" ? <a href={`/api/domiciliations/${r.id}/courrier`}>{r.status === "ACCORDEE" ? "attestation" : r.status === "REFUSEE" ? "courrier de refus" : "courrier de fin"} (PDF)</a> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {current ?? rows[0] ? <CourriersCard actor={actor} source="DOMICILIATION" sourceId={(current ?? rows[0])!.id} readOnly={archived} /> : null}
    </>
  );
}
