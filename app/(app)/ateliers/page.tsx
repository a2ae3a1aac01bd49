import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canListAteliers } from "@/lib/auth/permissions";
import { atelierListQuery, parseAtelierListParams } from "@/lib/domain/ateliers/list-params";
import { atelierFormOptions, listAteliers } from "@/lib/domain/ateliers/queries";
import { PageHeader } from "@/components/ui/page-header";
import { countLabel, Pager } from "@/components/ui/pager";
import { AteliersFilters } from "@/components/ateliers/ateliers-filters";
import { AteliersTable } from "@/components/ateliers/ateliers-table";

export const metadata: Metadata = { title: "Ateliers collectifs" };

const number = new Intl.NumberFormat("fr-FR");
const plural = (n: number, one: string, many: string) => `${number.format(n)} ${n > 1 ? many : one}`;

// Workshops gather usagers: social work, so the AGENT and the ADMIN must not learn the page exists.
export default async function AteliersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  if (!canListAteliers(actor)) notFound();
  const params = parseAtelierListParams(await searchParams);
  const [list, options] = await Promise.all([listAteliers(actor, params), atelierFormOptions(actor)]);
  const title = params.periode === "a-venir" ? "Ateliers à venir" : params.periode === "passes" ? "Ateliers passés" : "Ateliers";
  const empty = params.periode === "a-venir" ? "Aucun atelier à venir ne correspond à ces critères." : "Aucun atelier ne correspond à ces critères.";
  return (
    <>
      <PageHeader
        title="Ateliers collectifs"
        description="Parentalité, santé, budget, éco-gestes, numérique… : les ateliers de la structure et leurs participants."
        actions={<Link className="btn" href="/ateliers/nouveau">Nouvel atelier</Link>}
      />
      <AteliersFilters values={params} sites={options.sites} animateurs={options.animateurs} actorId={actor.id} />
      <section className="card" aria-labelledby="liste-ateliers">
        <h2 id="liste-ateliers">{title}</h2>
        <p role="status">
          {countLabel(list.total, "atelier", "ateliers", empty)}
          {list.participations > 0
            ? ` ; aux séances réalisées, ${plural(list.participations, "participation", "participations")} de ${plural(list.personnes, "personne", "personnes")}.`
            : null}
        </p>
        {list.rows.length > 0 ? (
          <AteliersTable rows={list.rows} caption={params.periode === "a-venir" ? "Ateliers à venir, le plus proche d'abord" : "Ateliers, le plus récent d'abord"} />
        ) : null}
        <Pager path="/ateliers" query={atelierListQuery(params)} page={list.page} pageSize={list.pageSize} total={list.total} />
      </section>
    </>
  );
}
