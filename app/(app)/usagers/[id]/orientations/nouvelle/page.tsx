import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canOrient } from "@/lib/auth/permissions";
import { getUsagerDossier } from "@/lib/domain/usagers/dossier";
import { listPartenaireOptions } from "@/lib/domain/annuaire/queries";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { OrientationForm } from "@/components/orientations/orientation-form";
import { listDocumentChoices } from "@/lib/domain/documents/queries";
import { dossierPageTitle } from "@/lib/domain/usagers/dossier";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: await dossierPageTitle(await requireUser(), (await params).id, "Nouvelle orientation") };
}

export default async function NewOrientationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  const dossier = await getUsagerDossier(actor, id, { audit: false });
  if (!dossier || dossier.status === "ARCHIVE" || !canOrient(actor, dossier)) notFound();
  const [partenaires, documents] = await Promise.all([listPartenaireOptions(actor), listDocumentChoices(actor, id)]);
  return (
    <>
      <p><Link href={`/usagers/${id}`}>← Retour au dossier</Link></p>
      <PageHeader title="Orienter la personne" description={`${dossier.prenom} ${dossier.nom.toUpperCase()} · dossier n° ${dossier.numeroDossier}`} />
      {partenaires.length === 0 ? (
        <Alert tone="warning">L&apos;annuaire de votre structure ne contient aucun service actif : demandez à un·e responsable de l&apos;alimenter.</Alert>
      ) : (
        <OrientationForm usagerId={id} partenaires={partenaires} today={parisToday()} documents={documents} />
      )}
    </>
  );
}
