import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canCreateUsager } from "@/lib/auth/permissions";
import { listSites } from "@/lib/domain/users/queries";
import { listQuartiers } from "@/lib/domain/usagers/list";
import { getTakenQueueEntry } from "@/lib/domain/accueil/queue-queries";
import { PageHeader } from "@/components/ui/page-header";
import { UsagerCreateForm } from "@/components/usagers/usager-create-form";

export const metadata: Metadata = { title: "Nouveau dossier" };

export default async function NewUsagerPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  if (!canCreateUsager(actor)) notFound();
  const { file } = await searchParams;
  const [sites, quartiers, entry] = await Promise.all([listSites(actor), listQuartiers(actor), getTakenQueueEntry(actor, typeof file === "string" ? file : undefined)]);
  return (
    <>
      <PageHeader title="Nouveau dossier" description="Seuls le nom, le prénom et la date de naissance sont obligatoires. Recueillez uniquement ce qui est utile à l'accompagnement." />
      {entry ? <p>Personne prise en charge depuis la file d&apos;attente (ticket n° {entry.ticket}) : vérifiez d&apos;abord qu&apos;elle n&apos;a pas déjà un dossier ; l&apos;entretien de la permanence suit la création.</p> : null}
      <UsagerCreateForm sites={sites} quartiers={quartiers} fromQueue={entry ? { id: entry.id, prenom: entry.prenom ?? "" } : undefined} />
    </>
  );
}
