import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { getFicheForAgent } from "@/lib/domain/fiches/queries";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Fiche envoyée" };

export default async function FicheConfirmationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const fiche = await getFicheForAgent(actor, (await params).id);
  if (!fiche) notFound();
  return (
    <>
      <PageHeader title="Fiche envoyée au CCAS" />
      <Alert tone="success" title={`Référence : ${fiche.reference}`}>
        <p style={{ margin: 0 }}>
          Notez cette référence ou donnez-la à la personne : elle permet de retrouver la fiche. Un travailleur social du CCAS
          la recontactera ; vous verrez ici la suite donnée (rendez-vous, réorientation ou clôture).
        </p>
      </Alert>
      <div className="actions">
        <Link className="btn" href={`/fiches-liaison/${fiche.id}#fiche-creneau`}>Réserver un créneau de permanence</Link>
        <Link className="btn btn--secondary" href={`/fiches-liaison/${fiche.id}`}>Voir la fiche</Link>
        <Link className="btn btn--secondary" href="/fiches-liaison/nouvelle">Envoyer une autre fiche</Link>
        <Link className="btn btn--secondary" href="/fiches-liaison">Toutes les fiches du site</Link>
      </div>
    </>
  );
}
