import type { Metadata } from "next";
import { DocumentsCard } from "@/components/documents/documents-card";
import { DettesCourriersCard } from "@/components/courriers/dettes-courriers-card";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canAssignOthers, canManageAccompagnement } from "@/lib/auth/permissions";
import { getAccompagnement } from "@/lib/domain/accompagnements/queries";
import { ACCOMPAGNEMENT_TYPE_LABELS } from "@/lib/domain/accompagnements/labels";
import { commonFormValues, planFormValues } from "@/lib/domain/accompagnements/form-values";
import { listAidesForUsager } from "@/lib/domain/aides/queries";
import { listReferentOptions } from "@/lib/domain/usagers/list";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { AccompagnementSummary } from "@/components/accompagnements/accompagnement-summary";
import { AccompagnementStatusActions } from "@/components/accompagnements/accompagnement-status-actions";
import { AccompagnementCommonForm } from "@/components/accompagnements/accompagnement-common-form";
import { PlanView } from "@/components/accompagnements/plan-view";
import { PlanForm } from "@/components/accompagnements/plan-form";
import { TypeSpecificCard } from "@/components/accompagnements/type-specific-card";
import { AidesTable } from "@/components/aides/aides-table";
import { dossierPageTitle } from "@/lib/domain/usagers/dossier";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: await dossierPageTitle(await requireUser(), (await params).id, "Accompagnement") };
}

export default async function AccompagnementPage({ params }: { params: Promise<{ id: string; accId: string }> }) {
  const actor = await requireUser();
  const { id, accId } = await params;
  const acc = await getAccompagnement(actor, id, accId);
  if (!acc) notFound();
  const canManage = canManageAccompagnement(actor, acc);
  const archived = acc.usager.status === "ARCHIVE";
  const editable = canManage && !archived && acc.status !== "CLOS";
  const [referents, aides] = await Promise.all([
    editable ? listReferentOptions(actor) : Promise.resolve([]),
    listAidesForUsager(actor, id),
  ]);
  const linkedAides = aides.filter((a) => a.accompagnementId === acc.id);
  const today = parisToday();
  const person = `${acc.usager.nom.toUpperCase()} ${acc.usager.prenom}`;
  return (
    <>
      <p><Link href={`/usagers/${id}`}>← Retour au dossier de {person}</Link></p>
      <PageHeader title={ACCOMPAGNEMENT_TYPE_LABELS[acc.type]} description={`${person} · Dossier n° ${acc.usager.numeroDossier}`} />
      {archived ? <Alert tone="warning">Ce dossier est archivé : l&apos;accompagnement ne peut plus être modifié.</Alert> : null}
      {!canManage ? (
        <Alert tone="info">Vous consultez cet accompagnement : seul·e son ou sa référent·e ou un·e responsable peut le modifier ou changer son statut.</Alert>
      ) : null}
      <div className="grid-2">
        <section className="card" aria-labelledby="general">
          <h2 id="general">Informations générales</h2>
          <AccompagnementSummary acc={acc} />
          {editable ? (
            <div className="actions">
              <AccompagnementCommonForm key={acc.version} label="Modifier le référent ou les dates" initial={commonFormValues(acc)}
                referents={referents} isResponsable={canAssignOthers(actor)} />
            </div>
          ) : null}
        </section>
        {canManage && !archived ? (
          <section className="card" aria-labelledby="statut-acc">
            <h2 id="statut-acc">Statut</h2>
            <AccompagnementStatusActions id={acc.id} version={acc.version} status={acc.status} />
          </section>
        ) : null}
      </div>
      <section className="card" aria-labelledby="plan">
        <h2 id="plan">Plan d&apos;accompagnement</h2>
        <PlanView acc={acc} editable={editable} today={new Date(`${today}T00:00:00Z`)} />
        {editable ? (
          <div className="actions">
            <PlanForm key={acc.version} label="Modifier le plan" initial={planFormValues(acc)} />
          </div>
        ) : null}
      </section>
      <TypeSpecificCard actor={actor} acc={acc} editable={editable} today={today} />
      <section className="card" aria-labelledby="aides-liees">
        <h2 id="aides-liees">Aides liées à cet accompagnement</h2>
        {linkedAides.length === 0 ? <p>Aucune aide liée.</p> : <AidesTable usagerId={id} aides={linkedAides} caption="Aides liées à cet accompagnement" />}
        {!archived && acc.status !== "CLOS" ? (
          <div className="actions">
            <Link className="btn btn--secondary btn--small" href={`/usagers/${id}/aides/nouvelle?accompagnement=${acc.id}`}>Nouvelle demande d&apos;aide liée</Link>
          </div>
        ) : null}
      </section>
      <DocumentsCard actor={actor} target={{ usagerId: id, accompagnementId: acc.id }} readOnly={archived} />
      <DettesCourriersCard actor={actor} accompagnementId={acc.id} readOnly={archived} />
    </>
  );
}
