import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canListAteliers } from "@/lib/auth/permissions";
import { atelierFormOptions } from "@/lib/domain/ateliers/queries";
import { dateToParisLocal } from "@/lib/domain/shared/paris-time";
import { PageHeader } from "@/components/ui/page-header";
import { AtelierForm } from "@/components/ateliers/atelier-form";
import type { AtelierCreateInput } from "@/lib/domain/ateliers/schemas";

export const metadata: Metadata = { title: "Nouvel atelier" };

export default async function NouvelAtelierPage() {
  const actor = await requireUser();
  if (!canListAteliers(actor)) notFound();
  const options = await atelierFormOptions(actor);
  return (
    <>
      <p><Link href="/ateliers">← Ateliers collectifs</Link></p>
      <PageHeader title="Nouvel atelier" />
      <AtelierForm
        options={options}
        minDebut={dateToParisLocal(new Date())}
        defaults={{
          titre: "", theme: "" as AtelierCreateInput["theme"], debut: "", dureeMinutes: "120", siteId: actor.siteId ?? "", adresse: "", capacite: "12",
          listeAttente: true, animateurId: actor.id, partenaireId: "", description: "",
        }}
      />
    </>
  );
}
