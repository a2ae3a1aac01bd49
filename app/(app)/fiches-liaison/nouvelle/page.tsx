import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canSendFiche } from "@/lib/auth/permissions";
import { getActorContext } from "@/lib/domain/users/context";
import { listSites } from "@/lib/domain/users/queries";
import { CONSENTEMENT_TEXTE } from "@/lib/domain/fiches/labels";
import { PageHeader } from "@/components/ui/page-header";
import { FicheSendForm } from "@/components/fiches/fiche-send-form";

export const metadata: Metadata = { title: "Nouvelle fiche de liaison" };

export default async function NewFichePage() {
  const actor = await requireUser();
  if (!canSendFiche(actor)) notFound();
  const [context, sites] = await Promise.all([getActorContext(actor), listSites(actor)]);
  const quartiers = [...new Set(sites.map((s) => s.quartier).filter((q): q is string => !!q))].sort((a, b) => a.localeCompare(b, "fr"));
  return (
    <>
      <PageHeader
        title="Nouvelle fiche de liaison"
        description="Transmettez au CCAS ce qu'il faut pour recontacter la personne, rien de plus : le travailleur social fera le point avec elle."
      />
      <FicheSendForm siteName={context.siteName ?? "votre site"} quartiers={quartiers} consentText={CONSENTEMENT_TEXTE} />
    </>
  );
}
