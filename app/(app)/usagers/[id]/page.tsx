import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canArchiveUsager, canAssignOthers, canEditStructureSettings, canExportPersonData, canWriteSuivi } from "@/lib/auth/permissions";
import { getUsagerDossier } from "@/lib/domain/usagers/dossier";
import { TIMELINE_KINDS, getUsagerTimeline, type TimelineKind } from "@/lib/domain/dossier/timeline";
import { listReferentOptions } from "@/lib/domain/usagers/list";
import { getRavSettings } from "@/lib/domain/settings/structure-settings";
import { computeResteAVivre } from "@/lib/domain/usagers/reste-a-vivre";
import { listEntretiens } from "@/lib/domain/entretiens/queries";
import { listDiagnostics } from "@/lib/domain/diagnostics/queries";
import { getDossierSummary } from "@/lib/domain/dossier/summary";
import { DossierHeader } from "@/components/usagers/dossier-header";
import { DossierSummaryCard } from "@/components/usagers/dossier-summary";
import { SavedNotice } from "@/components/usagers/saved-notice";
import { IdentityCard, SituationCard } from "@/components/usagers/dossier-identity";
import { FoyerCard, BudgetCard } from "@/components/usagers/dossier-foyer-budget";
import { ResteAVivreCard } from "@/components/usagers/dossier-reste-a-vivre";
import { ReferentsCard } from "@/components/usagers/dossier-referents";
import { StatusActions } from "@/components/usagers/dossier-status-actions";
import { TIMELINE_PAGE, Timeline } from "@/components/usagers/dossier-timeline";
import "./dossier.css";
import { RightsCard } from "@/components/usagers/dossier-rights";
import { DossierEntretiensCard } from "@/components/entretiens/dossier-entretiens-card";
import { DossierDiagnosticCard } from "@/components/diagnostics/dossier-diagnostic-card";
import { DossierAccompagnementsCard } from "@/components/accompagnements/dossier-accompagnements-card";
import { DossierAidesCard } from "@/components/aides/dossier-aides-card";
import { DossierDomiciliationCard } from "@/components/domiciliation/dossier-domiciliation-card";
import { DossierRendezVousCard } from "@/components/agenda/dossier-rendez-vous-card";
import { DossierOrientationsCard } from "@/components/orientations/dossier-orientations-card";
import { DossierAteliersCard } from "@/components/ateliers/dossier-ateliers-card";
import { DocumentsCard } from "@/components/documents/documents-card";
import { CourriersCard } from "@/components/courriers/courriers-card";
import { TransmissionsCard } from "@/components/transmissions/transmissions-card";
import { DossierTachesCard } from "@/components/taches/dossier-taches-card";
import { formatDateTime } from "@/lib/format";
import { dossierPageTitle } from "@/lib/domain/usagers/dossier";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: await dossierPageTitle(await requireUser(), (await params).id) };
}

export default async function DossierPage({ params, searchParams }: {
  params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireUser();
  const { id } = await params;
  const dossier = await getUsagerDossier(actor, id);
  if (!dossier) notFound();
  const { historique, evenements, enregistre } = await searchParams;
  const kind = historique && historique in TIMELINE_KINDS ? (historique as TimelineKind) : undefined;
  const shown = Math.min(Math.max(Number.parseInt(evenements ?? "", 10) || TIMELINE_PAGE, TIMELINE_PAGE), 10_000);
  const [timeline, referentOptions, settings, entretiens, diagnostics, summary] = await Promise.all([
    getUsagerTimeline(actor, id, kind), listReferentOptions(actor), getRavSettings(actor),
    listEntretiens(actor, id), listDiagnostics(actor, id), getDossierSummary(actor, id),
  ]);
  const rav = computeResteAVivre([{ dateNaissance: dossier.dateNaissance, lien: "USAGER" }, ...dossier.foyer], dossier.budget, settings);
  const archived = dossier.status === "ARCHIVE";
  const canWrite = !archived && canWriteSuivi(actor, dossier);
  const saved = enregistre ? SAVED_MESSAGES[enregistre] : undefined;
  return (
    <div className="dossier">
      <p><Link href="/usagers">← Tous les usagers</Link></p>
      <DossierHeader
        dossier={dossier}
        summary={summary}
        actions={archived ? null : (
          <>
            <Link className="btn btn--small" href={`/usagers/${id}/entretiens/nouveau`}>Nouvel entretien</Link>
            <Link className="btn btn--secondary btn--small" href={`/usagers/${id}/modifier`}>Modifier le dossier</Link>
          </>
        )}
      />
      {saved ? <SavedNotice message={saved} /> : null}
      <DossierSummaryCard usagerId={id} summary={summary} entretiens={entretiens} rav={rav} />
      <div className="grid-2">
        <IdentityCard dossier={dossier} />
        <SituationCard dossier={dossier} />
      </div>
      <DossierEntretiensCard usagerId={id} entretiens={entretiens} canWrite={canWrite} />
      <TransmissionsCard actor={actor} usagerId={id} readOnly={!canWrite} entretiens={entretiens.slice(0, 20).map((e) => ({ id: e.id, label: `Entretien du ${formatDateTime(e.date)}` }))} />
      <DossierTachesCard actor={actor} usagerId={id} readOnly={!canWrite} />
      <DossierAccompagnementsCard actor={actor} usagerId={id} readOnly={!canWrite} />
      <DossierDiagnosticCard usagerId={id} diagnostics={diagnostics} canWrite={canWrite} />
      <DossierRendezVousCard actor={actor} usagerId={id} readOnly={!canWrite} />
      <DossierAidesCard actor={actor} usagerId={id} readOnly={!canWrite} />
      <DossierOrientationsCard actor={actor} usagerId={id} archived={archived} />
      <DocumentsCard actor={actor} target={{ usagerId: id }} readOnly={!canWrite} />
      <CourriersCard actor={actor} source="DOSSIER" sourceId={id} readOnly={!canWrite} />
      <DossierDomiciliationCard actor={actor} usagerId={id} />
      <DossierAteliersCard actor={actor} usagerId={id} />
      <FoyerCard dossier={dossier} />
      <div className="grid-2">
        <BudgetCard dossier={dossier} />
        <ResteAVivreCard rav={rav} canEditSettings={canEditStructureSettings(actor)} />
      </div>
      <div className="grid-2">
        <ReferentsCard usagerId={id} referents={dossier.referents.map((r) => r.user)} options={referentOptions}
          actorId={actor.id} isResponsable={canAssignOthers(actor)} readOnly={archived} />
        <StatusActions usagerId={id} status={dossier.status} canArchive={canArchiveUsager(actor, dossier)} />
      </div>
      <RightsCard usagerId={id} informationDonneeLe={dossier.informationDonneeLe} canExport={canExportPersonData(actor, dossier)} />
      <Timeline usagerId={id} events={timeline} kind={kind} shown={shown} />
    </div>
  );
}

/** The confirmation of a save that came back to the dossier (`?enregistre=`), announced by SavedNotice. */
const SAVED_MESSAGES: Record<string, string> = {
  entretien: "Entretien enregistré.",
  diagnostic: "Diagnostic enregistré.",
};
