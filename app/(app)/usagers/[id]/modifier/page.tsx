import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { listSites } from "@/lib/domain/users/queries";
import { getUsagerDossier } from "@/lib/domain/usagers/dossier";
import { listQuartiers } from "@/lib/domain/usagers/list";
import { toFormValues } from "@/lib/domain/usagers/form-values";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { UsagerEditForm } from "@/components/usagers/usager-edit-form";
import { ARCHIVED_MESSAGE } from "@/lib/domain/shared/messages";
import { dossierPageTitle } from "@/lib/domain/usagers/dossier";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: await dossierPageTitle(await requireUser(), (await params).id, "Modifier le dossier") };
}

export default async function EditUsagerPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  const dossier = await getUsagerDossier(actor, id);
  if (!dossier) notFound();
  const [sites, quartiers] = await Promise.all([listSites(actor), listQuartiers(actor)]);
  return (
    <>
      <p><Link href={`/usagers/${id}`}>← Retour au dossier</Link></p>
      <PageHeader title={`Modifier le dossier de ${dossier.prenom} ${dossier.nom.toUpperCase()}`} description={`Dossier n° ${dossier.numeroDossier}`} />
      {dossier.status === "ARCHIVE" ? (
        <Alert tone="warning">{ARCHIVED_MESSAGE}</Alert>
      ) : (
        <UsagerEditForm initial={toFormValues(dossier)} sites={sites} quartiers={quartiers} />
      )}
    </>
  );
}
