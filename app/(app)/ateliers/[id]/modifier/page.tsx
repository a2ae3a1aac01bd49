import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canListAteliers } from "@/lib/auth/permissions";
import { atelierFormOptions, getAtelier } from "@/lib/domain/ateliers/queries";
import { dateToParisLocal } from "@/lib/domain/shared/paris-time";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { AtelierForm } from "@/components/ateliers/atelier-form";

export const metadata: Metadata = { title: "Modifier l'atelier" };

export default async function ModifierAtelierPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  if (!canListAteliers(actor)) notFound();
  const { id } = await params;
  const atelier = await getAtelier(actor, id, { audit: false });
  if (!atelier) notFound();
  const options = await atelierFormOptions(actor);
  return (
    <>
      <p><Link href={`/ateliers/${atelier.id}`}>← {atelier.titre}</Link></p>
      <PageHeader title="Modifier l'atelier" />
      {atelier.status !== "PLANIFIE" ? <Alert tone="info">Un atelier réalisé ou annulé ne peut plus être modifié.</Alert> : (
        <AtelierForm
          options={options}
          minDebut={dateToParisLocal(new Date())}
          edit={{ id: atelier.id, updatedAt: atelier.updatedAt.toISOString() }}
          defaults={{
            titre: atelier.titre, theme: atelier.theme, debut: dateToParisLocal(atelier.debut), dureeMinutes: String(atelier.dureeMinutes),
            siteId: atelier.siteId ?? "", adresse: atelier.adresse ?? "", capacite: String(atelier.capacite), listeAttente: atelier.listeAttente,
            animateurId: atelier.animateurId, partenaireId: atelier.partenaireId ?? "", description: atelier.description ?? "",
          }}
        />
      )}
    </>
  );
}
