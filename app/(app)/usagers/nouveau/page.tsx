import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canCreateUsager } from "@/lib/auth/permissions";
import { listSites } from "@/lib/domain/users/queries";
import { listQuartiers } from "@/lib/domain/usagers/list";
import { PageHeader } from "@/components/ui/page-header";
import { UsagerCreateForm } from "@/components/usagers/usager-create-form";

export const metadata: Metadata = { title: "Nouveau dossier" };

export default async function NewUsagerPage() {
  const actor = await requireUser();
  if (!canCreateUsager(actor)) notFound();
  const [sites, quartiers] = await Promise.all([listSites(actor), listQuartiers(actor)]);
  return (
    <>
      <PageHeader title="Nouveau dossier" description="Seuls le nom, le prénom et la date de naissance sont obligatoires. Recueillez uniquement ce qui est utile à l'accompagnement." />
      <UsagerCreateForm sites={sites} quartiers={quartiers} />
    </>
  );
}
