import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canEditAnnuaire } from "@/lib/auth/permissions";
import { PageHeader } from "@/components/ui/page-header";
import { PartenaireForm } from "@/components/annuaire/partenaire-form";

export const metadata: Metadata = { title: "Nouveau service" };

export default async function NewPartenairePage() {
  const actor = await requireUser();
  if (!canEditAnnuaire(actor)) notFound();
  return (
    <>
      <p><Link href="/annuaire">← Annuaire</Link></p>
      <PageHeader title="Ajouter un service à l'annuaire" />
      <PartenaireForm />
    </>
  );
}
