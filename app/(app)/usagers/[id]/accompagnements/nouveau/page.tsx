import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canAssignOthers, canWriteSuivi } from "@/lib/auth/permissions";
import { getUsagerDossier } from "@/lib/domain/usagers/dossier";
import { listReferentOptions } from "@/lib/domain/usagers/list";
import { ACCOMPAGNEMENT_TYPE_LABELS, type AccompagnementType } from "@/lib/domain/accompagnements/labels";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { AccompagnementCreateForm } from "@/components/accompagnements/accompagnement-create-form";
import { dossierPageTitle } from "@/lib/domain/usagers/dossier";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: await dossierPageTitle(await requireUser(), (await params).id, "Ouvrir un accompagnement") };
}

export default async function NewAccompagnementPage({ params, searchParams }: {
  params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireUser();
  const { id } = await params;
  const dossier = await getUsagerDossier(actor, id, { audit: false });
  if (!dossier || !canWriteSuivi(actor, dossier)) notFound();
  const { type } = await searchParams;
  const preset = typeof type === "string" && type in ACCOMPAGNEMENT_TYPE_LABELS ? (type as AccompagnementType) : "";
  const referents = canAssignOthers(actor) ? await listReferentOptions(actor) : [];
  return (
    <>
      <p><Link href={`/usagers/${id}`}>← Retour au dossier</Link></p>
      <PageHeader title="Ouvrir un accompagnement" description={`${dossier.nom.toUpperCase()} ${dossier.prenom} · Dossier n° ${dossier.numeroDossier}`} />
      {dossier.status === "ARCHIVE" ? (
        <Alert tone="warning">Ce dossier est archivé : aucun accompagnement ne peut y être ouvert.</Alert>
      ) : (
        <AccompagnementCreateForm usagerId={id} type={preset} today={parisToday()} referents={referents} actorId={actor.id} isResponsable={canAssignOthers(actor)} />
      )}
    </>
  );
}
