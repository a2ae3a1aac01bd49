import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canListOrientations } from "@/lib/auth/permissions";
import { orientationListQuery, parseOrientationListParams } from "@/lib/domain/orientations/schemas";
import { listOrientedPartners, listStructureOrientations } from "@/lib/domain/orientations/queries";
import { listReferentOptions } from "@/lib/domain/usagers/list";
import { listSites } from "@/lib/domain/users/queries";
import { pageHref } from "@/components/ui/pager";
import { PageHeader } from "@/components/ui/page-header";
import { OrientationFilters } from "@/components/orientations/orientation-filters";
import { OrientationTable } from "@/components/orientations/orientation-table";

export const metadata: Metadata = { title: "Orientations" };

// Orientations are social work: the AGENT and the ADMIN must not learn that the page exists.
export default async function OrientationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  if (!canListOrientations(actor)) notFound();
  const params = parseOrientationListParams(await searchParams);
  const [list, partenaires, referents, sites] = await Promise.all([
    listStructureOrientations(actor, params), listOrientedPartners(actor), listReferentOptions(actor), listSites(actor),
  ]);
  // A destination link keeps every other filter and goes back to page 1.
  const query = (partenaire: string) => pageHref("/orientations", orientationListQuery(params, partenaire), 1);
  return (
    <>
      <PageHeader title="Orientations" description="Les orientations de votre structure vers les services partenaires." />
      <OrientationFilters
        actorId={actor.id}
        values={orientationListQuery(params)}
        partenaires={partenaires}
        sites={sites.map(({ id, name }) => ({ id, name }))}
        referents={referents.map(({ id, firstName, lastName }) => ({ id, firstName, lastName }))}
      />
      <section className="card" aria-labelledby="destinations">
        <h2 id="destinations">Par destination</h2>
        {list.counts.length === 0 ? <p>Aucune orientation.</p> : (
          <ul className="kind-filter" style={{ listStyle: "none", padding: 0 }}>
            {list.counts.map((c) => (
              <li key={c.partenaire.id}>
                <Link className="btn btn--secondary btn--small" href={query(c.partenaire.id === params.partenaire ? "" : c.partenaire.id)}
                  aria-current={c.partenaire.id === params.partenaire ? "true" : undefined}>
                  {c.partenaire.nom} : {c.count}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <OrientationTable
        rows={list.rows.map((r) => ({ ...r, date: r.date.toISOString(), statusChangedAt: r.statusChangedAt.toISOString() }))}
        total={list.total}
        page={list.page}
        pageSize={list.pageSize}
      />
    </>
  );
}
