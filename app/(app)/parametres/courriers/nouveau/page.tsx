import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canManageCourrierModeles } from "@/lib/auth/permissions";
import { readNotice } from "@/lib/security/signed-notice";
import { PageHeader } from "@/components/ui/page-header";
import { TemplateUploadForm } from "@/components/courriers/template-upload-form";
import { FieldCatalogue } from "@/components/courriers/field-catalogue";

export const metadata: Metadata = { title: "Nouveau modèle de courrier" };

export default async function NewTemplatePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireUser();
  if (!canManageCourrierModeles(actor)) notFound();
  const { erreur } = await searchParams;
  return (
    <>
      <p><Link href="/parametres/courriers">← Courriers</Link></p>
      <PageHeader title="Nouveau modèle de courrier" description="Écrivez le courrier dans Word ou LibreOffice, avec les balises de la liste ci-dessous, puis déposez-le ici." />
      <section className="card">
        <TemplateUploadForm notice={readNotice(erreur)} />
      </section>
      <section className="card">
        <FieldCatalogue />
      </section>
    </>
  );
}
