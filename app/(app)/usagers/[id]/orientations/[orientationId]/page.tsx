import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { getOrientationDetail } from "@/lib/domain/orientations/detail";
import { ELEMENT_LABELS, URGENCE_LABELS } from "@/lib/domain/orientations/labels";
import { CATEGORIE_LABELS, formatAdresse } from "@/lib/domain/annuaire/labels";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { formatCalendarDate } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { OrientationStatusBadge, UrgenceBadge } from "@/components/orientations/status-badge";
import { OrientationStatusActions } from "@/components/orientations/orientation-status-actions";
import { OrientationHistory } from "@/components/orientations/orientation-history";
import { TransmisView } from "@/components/orientations/transmis-view";
import { DocumentsCard } from "@/components/documents/documents-card";
import { CourriersCard } from "@/components/courriers/courriers-card";
import { TransmissionsCard } from "@/components/transmissions/transmissions-card";
import { dossierPageTitle } from "@/lib/domain/usagers/dossier";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: await dossierPageTitle(await requireUser(), (await params).id, "Orientation") };
}

export default async function OrientationPage({ params }: { params: Promise<{ id: string; orientationId: string }> }) {
  const actor = await requireUser();
  const { id, orientationId } = await params;
  const o = await getOrientationDetail(actor, id, orientationId);
  if (!o) notFound();
  const p = o.partenaire;
  return (
    <>
      <p><Link href={`/usagers/${id}`}>← Retour au dossier</Link></p>
      <PageHeader
        title={`Orientation vers ${p.nom}`}
        description={<>{o.usager.label} · dossier n° {o.usager.numeroDossier} · <OrientationStatusBadge status={o.status} /> <UrgenceBadge urgence={o.urgence} /></>}
        actions={<a className="btn btn--secondary" href={`/api/orientations/${o.id}/courrier`} download>Télécharger le courrier (PDF)</a>}
      />
      <div className="grid-2">
        <section className="card" aria-labelledby="orientation">
          <h2 id="orientation">Orientation</h2>
          <dl className="facts">
            <dt>Date</dt><dd>{formatCalendarDate(o.date)}</dd>
            <dt>Urgence</dt><dd>{URGENCE_LABELS[o.urgence]}</dd>
            <dt>Accord de la personne</dt><dd>le {formatCalendarDate(o.consentementLe)}</dd>
            <dt>Par</dt><dd>{o.author ?? "—"}</dd>
            <dt>Motif</dt><dd className="pre">{o.motif}</dd>
            {o.motifRefus ? <><dt>Motif du refus</dt><dd className="pre">{o.motifRefus}</dd></> : null}
          </dl>
        </section>
        <section className="card" aria-labelledby="partenaire">
          <h2 id="partenaire">Service partenaire</h2>
          <dl className="facts">
            <dt>Service</dt><dd><Link href={`/annuaire/${p.id}`}>{p.nom}</Link>{p.actif ? null : " (désactivé)"}</dd>
            {p.organisme ? <><dt>Organisme</dt><dd>{p.organisme}</dd></> : null}
            <dt>Catégorie</dt><dd>{CATEGORIE_LABELS[p.categorie]}</dd>
            {formatAdresse(p) ? <><dt>Adresse</dt><dd>{formatAdresse(p)}</dd></> : null}
            {p.telephone ? <><dt>Téléphone</dt><dd>{p.telephone}</dd></> : null}
            {p.email ? <><dt>E-mail</dt><dd>{p.email}</dd></> : null}
          </dl>
        </section>
      </div>
      <section className="card" aria-labelledby="transmis">
        <h2 id="transmis">Éléments transmis</h2>
        <p className="muted">
          Seuls ces éléments figurent dans le courrier ({o.elementsTransmis.map((e) => ELEMENT_LABELS[e].toLowerCase()).join(", ")}).
          Ils sont lus dans le dossier au moment de l&apos;affichage.
        </p>
        <TransmisView sections={o.sections} />
      </section>
      <div className="grid-2">
        <section className="card" aria-labelledby="suivi">
          <h2 id="suivi">Suivi</h2>
          <OrientationStatusActions key={`${o.status}-${o.history.length}`} orientationId={o.id} status={o.status} today={parisToday()} />
        </section>
        <section className="card" aria-labelledby="historique">
          <h2 id="historique">Historique des statuts</h2>
          <OrientationHistory history={o.history} />
        </section>
      </div>
      <TransmissionsCard actor={actor} usagerId={id} filter={{ orientationId: o.id }} readOnly={false} />
      <DocumentsCard actor={actor} target={{ usagerId: id, orientationId: o.id }} />
      <CourriersCard actor={actor} source="ORIENTATION" sourceId={o.id} />
    </>
  );
}
