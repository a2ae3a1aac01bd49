import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canReviewRetention } from "@/lib/auth/permissions";
import { listRetentionReview } from "@/lib/domain/retention/queries";
import { formatCalendarDate, formatDate } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { RetentionReviewList } from "@/components/retention/retention-review-list";
import { RefreshReviewButton } from "@/components/retention/refresh-review-button";

export const metadata: Metadata = { title: "Conservation des dossiers" };

export default async function RetentionReviewPage() {
  const actor = await requireUser();
  if (!canReviewRetention(actor)) notFound();
  const { settings, rows } = await listRetentionReview(actor);
  return (
    <>
      <PageHeader
        title="Conservation des dossiers"
        description={
          <>
            Dossiers sans contact depuis {settings.inactiviteAnonymisationMois} mois, à revoir avant anonymisation.{" "}
            {settings.anonymisationAutomatique
              ? `Mode automatique : anonymisation ${settings.anonymisationDelaiGraceJours} jours après le signalement, sauf nouveau contact.`
              : "Aucun dossier n'est anonymisé sans votre confirmation."}{" "}
            <Link href="/parametres">Régler les durées</Link>
          </>
        }
        actions={<RefreshReviewButton />}
      />
      <RetentionReviewList
        rows={rows.map((r) => ({
          usagerId: r.usagerId, numeroDossier: r.numeroDossier, nom: r.nom, prenom: r.prenom,
          dateNaissance: formatCalendarDate(r.dateNaissance), dernierContact: formatDate(r.dernierContactLe), signale: formatDate(r.signaleLe),
          anonymisationAuto: r.anonymisationAutoLe ? formatDate(r.anonymisationAutoLe) : null,
        }))}
      />
    </>
  );
}
