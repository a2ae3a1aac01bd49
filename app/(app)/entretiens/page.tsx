import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canListEntretiens } from "@/lib/auth/permissions";
import { parseEntretienListParams } from "@/lib/domain/entretiens/list-params";
import { listEntretienAuteurOptions, listEntretienSiteOptions, listEntretiens } from "@/lib/domain/entretiens/list";
import { PageHeader } from "@/components/ui/page-header";
import { EntretienListFilters } from "@/components/entretiens/entretien-list-filters";
import { EntretienListTable } from "@/components/entretiens/entretien-list-table";

export const metadata: Metadata = { title: "Entretiens" };

// Entretiens are social work: the AGENT and the ADMIN must not learn that the page exists.
// Not audited, like the usagers list: it shows no free text, and each dossier opened is.
export default async function EntretiensPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  if (!canListEntretiens(actor)) notFound();
  const params = parseEntretienListParams(await searchParams);
  const [list, auteurs, sites] = await Promise.all([
    listEntretiens(actor, params), listEntretienAuteurOptions(actor), listEntretienSiteOptions(actor),
  ]);
  return (
    <>
      <PageHeader title="Entretiens" description="Les entretiens de votre structure, du plus récent au plus ancien." />
      <EntretienListFilters values={params} auteurs={auteurs} sites={sites} actorId={actor.id} />
      <EntretienListTable list={list} params={params} />
    </>
  );
}
