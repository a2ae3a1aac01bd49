import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { getUsagerDossier } from "@/lib/domain/usagers/dossier";
import { listLinkableAccompagnements } from "@/lib/domain/entretiens/queries";
import { dateToParisLocal } from "@/lib/domain/shared/paris-time";
import { getRendezVousForEntretien } from "@/lib/domain/agenda/queries";
import { KIND_TO_CANAL } from "@/lib/domain/agenda/labels";
import { getTakenQueueEntry } from "@/lib/domain/accueil/queue-queries";
import { entretienFromMotif } from "@/lib/domain/accueil/labels";
import { PageHeader } from "@/components/ui/page-header";
import { EntretienForm } from "@/components/entretiens/entretien-form";
import { dossierPageTitle } from "@/lib/domain/usagers/dossier";
import { getOwnDraft } from "@/lib/domain/drafts/queries";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: await dossierPageTitle(await requireUser(), (await params).id, "Nouvel entretien") };
}

export default async function NewEntretienPage({ params, searchParams }: {
  params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireUser();
  const { id } = await params;
  const dossier = await getUsagerDossier(actor, id, { audit: false });
  if (!dossier || dossier.status === "ARCHIVE") notFound();
  const [accompagnements, draft] = await Promise.all([listLinkableAccompagnements(actor, id), getOwnDraft(actor, id, "entretien")]);
  const { accompagnement, rendezVousId, file } = await searchParams;
  // Taken from the queue of a walk-in permanence: channel "permanence" and the motif prefilled.
  const fromQueue = await getTakenQueueEntry(actor, file);
  // From an honoured rendez-vous: date (never in the future), mode and duration prefilled.
  const rdv = await getRendezVousForEntretien(actor, id, rendezVousId);
  const now = new Date();
  return (
    <>
      <p><Link href={`/usagers/${id}`}>← Retour au dossier</Link></p>
      <PageHeader title="Nouvel entretien" description={`${dossier.prenom} ${dossier.nom.toUpperCase()} · dossier n° ${dossier.numeroDossier}`} />
      <EntretienForm
        usagerId={id}
        draft={draft ? { values: draft.values, updatedAt: draft.updatedAt.toISOString() } : null}
        accompagnements={accompagnements.map((a) => ({ id: a.id, type: a.type, debut: a.debut.toISOString() }))}
        defaults={{
          date: dateToParisLocal(rdv && rdv.debut < now ? rdv.debut : now),
          accompagnementId: accompagnements.some((a) => a.id === accompagnement) ? accompagnement! : "",
          ...(fromQueue ? entretienFromMotif(fromQueue.motif) : {}),
          ...(rdv ? { rendezVousId: rdv.id, canal: KIND_TO_CANAL[rdv.kind], dureeMinutes: Math.round((rdv.fin.getTime() - rdv.debut.getTime()) / 60_000) } : {}),
        }}
      />
    </>
  );
}
