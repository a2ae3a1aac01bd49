import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canListAteliers } from "@/lib/auth/permissions";
import { parseAtelierListParams } from "@/lib/domain/ateliers/list-params";
import { atelierFormOptions, listAteliers } from "@/lib/domain/ateliers/queries";
import { PageHeader } from "@/components/ui/page-header";
import { AteliersFilters } from "@/components/ateliers/ateliers-filters";
import { AteliersTable } from "@/components/ateliers/ateliers-table";

export const metadata: Metadata = { title: "Ateliers collectifs" };

// Workshops gather usagers: social work, so the AGENT and the ADMIN must not learn the page exists.
export default async function AteliersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  if (!canListAteliers(actor)) notFound();
  const params = parseAtelierListParams(await searchParams);
  const [rows, options] = await Promise.all([listAteliers(actor, params), atelierFormOptions(actor)]);
  const upcoming = params.periode === "a-venir";
  return (
    <>
      <PageHeader
        title="Ateliers collectifs"
        description="Parentalité, santé, budget, éco-gestes, numérique… : les ateliers de la structure et leurs participants."
        actions={<Link className="btn" href="/ateliers/nouveau">Nouvel atelier</Link>}
      />
      <AteliersFilters values={params} sites={options.sites} />
      <section className="card" aria-labelledby="liste-ateliers">
        <h2 id="liste-ateliers">{upcoming ? "Ateliers à venir" : "Ateliers passés"} ({rows.length})</h2>
        {rows.length === 0 ? <p>{upcoming ? "Aucun atelier à venir." : "Aucun atelier passé."}</p> : (
          <AteliersTable rows={rows} caption={upcoming ? "Ateliers à venir, le plus proche d'abord" : "Ateliers passés, le plus récent d'abord"} />
        )}
      </section>
    </>
  );
}
