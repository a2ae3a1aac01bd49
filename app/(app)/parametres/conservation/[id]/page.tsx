import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canReviewRetention } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/domain/errors";
import { previewAnonymisation } from "@/lib/domain/retention/queries";
import { formatCalendarDate, formatDate } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { AnonymisationPreview } from "@/components/retention/anonymisation-preview";

export const metadata: Metadata = { title: "Aperçu de l'anonymisation" };

export default async function AnonymisationPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  if (!canReviewRetention(actor)) notFound();
  const { id } = await params;
  const preview = await previewAnonymisation(actor, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const u = preview.usager;
  return (
    <>
      <PageHeader
        title={`Aperçu de l'anonymisation : ${u.nom} ${u.prenom}`}
        description={<>Dossier {u.numeroDossier}, né(e) le {formatCalendarDate(u.dateNaissance)}. Dernier contact le {formatDate(preview.dernierContactLe)}, signalé le {formatDate(preview.signaleLe)}. <Link href="/parametres/conservation">Retour à la liste</Link></>}
      />
      <AnonymisationPreview usagerId={u.id} lines={preview.lines} />
    </>
  );
}
