import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canEditAnnuaire } from "@/lib/auth/permissions";
import { getPartenaire } from "@/lib/domain/annuaire/queries";
import { PageHeader } from "@/components/ui/page-header";
import { PartenaireCard } from "@/components/annuaire/partenaire-card";
import { PartenaireForm } from "@/components/annuaire/partenaire-form";
import { PartenaireActifButton } from "@/components/annuaire/partenaire-actif-button";

export const metadata: Metadata = { title: "Service partenaire" };

export default async function PartenairePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  const p = await getPartenaire(actor, id);
  if (!p) notFound();
  const canEdit = canEditAnnuaire(actor);
  return (
    <>
      <p><Link href="/annuaire">← Annuaire</Link></p>
      <PageHeader title={p.nom} description={p.organisme ?? undefined} actions={canEdit ? <PartenaireActifButton id={p.id} actif={p.actif} /> : null} />
      <PartenaireCard partenaire={p} link={false} />
      {canEdit ? (
        <section className="card" aria-labelledby="modifier">
          <h2 id="modifier">Modifier le service</h2>
          <PartenaireForm
            id={p.id}
            defaults={{
              nom: p.nom, organisme: p.organisme ?? "", categorie: p.categorie, adresse: p.adresse ?? "", codePostal: p.codePostal ?? "",
              commune: p.commune ?? "", telephone: p.telephone ?? "", email: p.email ?? "", horaires: p.horaires ?? "",
              siteWeb: p.siteWeb ?? "", notes: p.notes ?? "",
              permanences: p.permanences.map((x) => ({ jour: x.jour, debut: x.debut, fin: x.fin, lieu: x.lieu, modalites: x.modalites ?? "" })),
            }}
          />
        </section>
      ) : null}
    </>
  );
}
