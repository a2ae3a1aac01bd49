import type { Metadata } from "next";
import { DocumentsCard } from "@/components/documents/documents-card";
import { CourriersCard } from "@/components/courriers/courriers-card";
import { TransmissionsCard } from "@/components/transmissions/transmissions-card";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canDecideAide } from "@/lib/auth/permissions";
import { getAide } from "@/lib/domain/aides/queries";
import { AIDE_TYPE_LABELS } from "@/lib/domain/aides/labels";
import { isPending } from "@/lib/domain/aides/status-machine";
import { listLinkableAccompagnements } from "@/lib/domain/accompagnements/queries";
import { dateToIso } from "@/lib/domain/accompagnements/date-fields";
import { centsToInput } from "@/lib/domain/shared/fields";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { AideFacts } from "@/components/aides/aide-facts";
import { AideStatusActions } from "@/components/aides/aide-status-actions";
import { AideEditForm } from "@/components/aides/aide-edit-form";
import { AidePaymentForm } from "@/components/aides/aide-payment-form";
import { dossierPageTitle } from "@/lib/domain/usagers/dossier";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: await dossierPageTitle(await requireUser(), (await params).id, "Aide facultative") };
}

export default async function AidePage({ params }: { params: Promise<{ id: string; aideId: string }> }) {
  const actor = await requireUser();
  const { id, aideId } = await params;
  const aide = await getAide(actor, id, aideId);
  if (!aide) notFound();
  const archived = aide.usager.status === "ARCHIVE";
  const pending = isPending(aide.status);
  const accompagnements = pending && !archived ? await listLinkableAccompagnements(actor, id, aide.accompagnementId) : [];
  const updatedAt = aide.updatedAt.toISOString();
  const today = parisToday();
  const person = `${aide.usager.nom.toUpperCase()} ${aide.usager.prenom}`;
  return (
    <>
      <p><Link href={`/usagers/${id}`}>← Retour au dossier de {person}</Link></p>
      <PageHeader title={`${AIDE_TYPE_LABELS[aide.type]} — demande du ${dateToIso(aide.demandeLe).split("-").reverse().join("/")}`}
        description={`${person} · Dossier n° ${aide.usager.numeroDossier}`} />
      {archived ? <Alert tone="warning">Ce dossier est archivé : l&apos;aide ne peut plus être modifiée.</Alert> : null}
      <div className="grid-2">
        <section className="card" aria-labelledby="demande">
          <h2 id="demande">Demande</h2>
          <AideFacts aide={aide} />
          {pending && !archived ? (
            <div className="actions">
              <AideEditForm key={updatedAt} label="Modifier la demande" accompagnements={accompagnements.map((a) => ({ ...a, debut: dateToIso(a.debut) }))} initial={{
                id: aide.id, updatedAt, type: aide.type, objet: aide.objet ?? "", montantDemande: centsToInput(aide.montantDemandeCents),
                demandeLe: dateToIso(aide.demandeLe), accompagnementId: aide.accompagnementId ?? "",
              }} />
            </div>
          ) : null}
        </section>
        {!archived && pending ? (
          <section className="card" aria-labelledby="suite">
            <h2 id="suite">{aide.status === "EN_INSTRUCTION" ? "Décision" : "Instruction"}</h2>
            <AideStatusActions key={updatedAt} id={aide.id} updatedAt={updatedAt} status={aide.status} canDecide={canDecideAide(actor, aide)}
              today={today} montantDemande={centsToInput(aide.montantDemandeCents)} />
          </section>
        ) : null}
        {!archived && aide.status === "ACCORDEE" ? (
          <section className="card" aria-labelledby="paiement">
            <h2 id="paiement">{aide.payeLe ? "Corriger le paiement" : "Enregistrer le paiement"}</h2>
            <AidePaymentForm key={updatedAt} initial={{ id: aide.id, updatedAt, modePaiement: aide.modePaiement ?? undefined, payeLe: dateToIso(aide.payeLe) || today }} />
          </section>
        ) : null}
      </div>
      <TransmissionsCard actor={actor} usagerId={id} filter={{ aideId: aide.id }} readOnly={archived} />
      <CourriersCard actor={actor} source="AIDE" sourceId={aide.id} readOnly={archived} />
      <DocumentsCard actor={actor} target={{ usagerId: id, aideId: aide.id }} readOnly={archived} />
    </>
  );
}
