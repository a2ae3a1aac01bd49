import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { CourriersCard } from "@/components/courriers/courriers-card";
import { getRendezVous, personOf } from "@/lib/domain/agenda/queries";
import { allowedStatuses } from "@/lib/domain/agenda/status-machine";
import { RDV_KIND_LABELS } from "@/lib/domain/agenda/labels";
import { dateToParisLocal } from "@/lib/domain/shared/paris-time";
import { formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { RendezVousStatusBadge } from "@/components/agenda/rendez-vous-badge";
import { RendezVousActions } from "@/components/agenda/rendez-vous-actions";
import { formatDay, formatSpan } from "@/components/agenda/format";

export const metadata: Metadata = { title: "Rendez-vous" };

export default async function RendezVousPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  const rdv = await getRendezVous(actor, id);
  if (!rdv) notFound();
  const now = new Date();
  const local = dateToParisLocal(rdv.debut);
  const canLogEntretien = rdv.status === "HONORE" && rdv.usagerId && !rdv.entretienId;
  return (
    <>
      <p><Link href={`/agenda?vue=semaine&date=${local.slice(0, 10)}&ts=${rdv.travailleurId}`}>← Agenda</Link></p>
      <PageHeader
        title={`Rendez-vous : ${personOf(rdv)}`}
        description={<>{formatDay(local.slice(0, 10))}, {formatSpan(rdv.debut, rdv.fin)} · <RendezVousStatusBadge status={rdv.status} /></>}
        actions={<a className="btn btn--secondary" href={`/api/agenda/rendez-vous/${rdv.id}/ics`} download>Ajouter à mon agenda (.ics)</a>}
      />
      {canLogEntretien ? (
        <section className="card" aria-labelledby="rdv-entretien">
          <h2 id="rdv-entretien">Rendez-vous honoré</h2>
          <p>Saisissez l&apos;entretien : la date, le mode et la durée sont préremplis.</p>
          <Link className="btn" href={`/usagers/${rdv.usagerId}/entretiens/nouveau?rendezVousId=${rdv.id}`}>Saisir l&apos;entretien</Link>
        </section>
      ) : null}
      {rdv.status === "HONORE" && !rdv.usagerId && rdv.fiche ? (
        <section className="card">
          <p>Pour saisir l&apos;entretien, liez d&apos;abord <Link href={`/fiches-liaison/${rdv.fiche.id}`}>la fiche {rdv.fiche.reference}</Link> à un dossier.</p>
        </section>
      ) : null}
      <div className="grid-2">
        <section className="card" aria-labelledby="rdv-detail">
          <h2 id="rdv-detail">Détail</h2>
          <dl className="facts">
            <dt>Personne</dt>
            <dd>{rdv.usager ? <Link href={`/usagers/${rdv.usager.id}`}>{personOf(rdv)} · dossier n° {rdv.usager.numeroDossier}</Link> : personOf(rdv)}</dd>
            {rdv.fiche ? (<><dt>Fiche de liaison</dt><dd><Link href={`/fiches-liaison/${rdv.fiche.id}`}>{rdv.fiche.reference}</Link></dd></>) : null}
            <dt>Type</dt><dd>{RDV_KIND_LABELS[rdv.kind]}</dd>
            <dt>Lieu</dt><dd>{[rdv.site?.name, rdv.lieuPrecision].filter(Boolean).join(", ") || "—"}</dd>
            <dt>Travailleur social</dt><dd>{rdv.travailleur.firstName} {rdv.travailleur.lastName}</dd>
            <dt>Objet</dt><dd>{rdv.objet ?? "—"}</dd>
            <dt>Rappel à la personne</dt>
            <dd>{!rdv.rappelConsenti ? "Non souhaité" : rdv.rappelEnvoyeAt ? `Envoyé le ${formatDateTime(rdv.rappelEnvoyeAt)} (${rdv.rappelCanal === "EMAIL" ? "e-mail" : "SMS"})` : "Accepté : envoyé deux jours avant"}</dd>
            {rdv.entretienId && rdv.usagerId ? (<><dt>Entretien</dt><dd><Link href={`/usagers/${rdv.usagerId}#historique`}>Saisi dans le dossier</Link></dd></>) : null}
          </dl>
        </section>
        <RendezVousActions
          id={rdv.id} version={rdv.version} status={rdv.status} allowed={allowedStatuses(rdv.status, rdv.debut, now)}
          date={local.slice(0, 10)} debut={local.slice(11)} fin={dateToParisLocal(rdv.fin).slice(11)}
        />
      </div>
      {rdv.usagerId ? <CourriersCard actor={actor} source="RENDEZ_VOUS" sourceId={rdv.id} /> : null}
    </>
  );
}
