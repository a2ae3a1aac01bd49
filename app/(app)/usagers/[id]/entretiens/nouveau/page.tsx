import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { getUsagerDossier } from "@/lib/domain/usagers/dossier";
import { listLinkableAccompagnements } from "@/lib/domain/entretiens/queries";
import { dateToParisLocal } from "@/lib/domain/shared/paris-time";
import { PageHeader } from "@/components/ui/page-header";
import { EntretienForm } from "@/components/entretiens/entretien-form";

export const metadata: Metadata = { title: "Nouvel entretien" };

export default async function NewEntretienPage({ params, searchParams }: {
  params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireUser();
  const { id } = await params;
  const dossier = await getUsagerDossier(actor, id, { audit: false });
  if (!dossier || dossier.status === "ARCHIVE") notFound();
  const accompagnements = await listLinkableAccompagnements(actor, id);
  const { accompagnement } = await searchParams;
  return (
    <>
      <p><Link href={`/usagers/${id}`}>← Retour au dossier</Link></p>
      <PageHeader title="Nouvel entretien" description={`${dossier.prenom} ${dossier.nom.toUpperCase()} · dossier n° ${dossier.numeroDossier}`} />
      <EntretienForm
        usagerId={id}
        accompagnements={accompagnements.map((a) => ({ id: a.id, type: a.type, debut: a.debut.toISOString() }))}
        defaults={{ date: dateToParisLocal(new Date()), accompagnementId: accompagnements.some((a) => a.id === accompagnement) ? accompagnement! : "" }}
      />
    </>
  );
}
