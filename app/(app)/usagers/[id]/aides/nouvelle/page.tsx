import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canWriteSuivi } from "@/lib/auth/permissions";
import { getUsagerDossier } from "@/lib/domain/usagers/dossier";
import { listLinkableAccompagnements } from "@/lib/domain/accompagnements/queries";
import { dateToIso } from "@/lib/domain/accompagnements/date-fields";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { AideCreateForm } from "@/components/aides/aide-create-form";
import { dossierPageTitle } from "@/lib/domain/usagers/dossier";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: await dossierPageTitle(await requireUser(), (await params).id, "Nouvelle demande d'aide") };
}

export default async function NewAidePage({ params, searchParams }: {
  params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireUser();
  const { id } = await params;
  const dossier = await getUsagerDossier(actor, id, { audit: false });
  if (!dossier || !canWriteSuivi(actor, dossier)) notFound();
  const accompagnements = await listLinkableAccompagnements(actor, id);
  const { accompagnement } = await searchParams;
  const preset = typeof accompagnement === "string" && accompagnements.some((a) => a.id === accompagnement) ? accompagnement : "";
  return (
    <>
      <p><Link href={`/usagers/${id}`}>← Retour au dossier</Link></p>
      <PageHeader title="Nouvelle demande d'aide" description={`${dossier.nom.toUpperCase()} ${dossier.prenom} · Dossier n° ${dossier.numeroDossier}`} />
      {dossier.status === "ARCHIVE" ? (
        <Alert tone="warning">Ce dossier est archivé : aucune demande ne peut y être enregistrée.</Alert>
      ) : (
        <AideCreateForm usagerId={id} today={parisToday()} accompagnementId={preset}
          accompagnements={accompagnements.map((a) => ({ ...a, debut: dateToIso(a.debut) }))} />
      )}
    </>
  );
}
