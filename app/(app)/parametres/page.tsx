import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canEditStructureSettings } from "@/lib/auth/permissions";
import { getRavSettings } from "@/lib/domain/settings/structure-settings";
import { orientationRelanceJours } from "@/lib/domain/orientations/relance";
import { courrierRetourJours } from "@/lib/domain/domiciliation/access";
import { PageHeader } from "@/components/ui/page-header";
import { RavSettingsForm } from "@/components/settings/rav-settings-form";
import { RetentionSettingsForm } from "@/components/retention/retention-settings-form";
import { getRetentionSettings } from "@/lib/domain/settings/retention-settings";

export const metadata: Metadata = { title: "Paramètres" };

export default async function SettingsPage() {
  const actor = await requireUser();
  if (!canEditStructureSettings(actor)) notFound();
  const [settings, relance] = await Promise.all([getRavSettings(actor), orientationRelanceJours(actor.structureId)]);
  const retention = await getRetentionSettings(actor);
  return (
    <>
      <PageHeader title="Paramètres de la structure" description="Ces réglages s'appliquent à tous les dossiers de votre structure." actions={<><Link className="btn btn--secondary" href="/parametres/courriers">Courriers : en-tête, logo et modèles</Link> <Link className="btn btn--secondary" href="/parametres/import">Importer des dossiers</Link></>} />
      <RavSettingsForm
        initial={{
          chargesRetenues: settings.chargesRetenues as never,
          ucPremierAdulte: String(settings.ucPremierAdulte), ucAutrePersonne14: String(settings.ucAutrePersonne14),
          ucEnfantMoins14: String(settings.ucEnfantMoins14), partAdulte: String(settings.partAdulte),
          partEnfant: String(settings.partEnfant), partEnfantDesTroisieme: String(settings.partEnfantDesTroisieme),
          orientationRelanceJours: String(relance),
          courrierRetourJours: String(await courrierRetourJours(actor.structureId)),
        }}
      />
      <RetentionSettingsForm
        initial={{
          auditConservationMois: String(retention.auditConservationMois), inactiviteAnonymisationMois: String(retention.inactiviteAnonymisationMois),
          aidesRefuseesConservationMois: String(retention.aidesRefuseesConservationMois), anonymisationAutomatique: retention.anonymisationAutomatique,
          anonymisationDelaiGraceJours: String(retention.anonymisationDelaiGraceJours),
        }}
      />
    </>
  );
}
