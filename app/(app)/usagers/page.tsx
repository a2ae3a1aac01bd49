import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canListUsagers } from "@/lib/auth/permissions";
import { parseUsagerListParams } from "@/lib/domain/usagers/list-params";
import { listQuartiers, listReferentOptions, listUsagers } from "@/lib/domain/usagers/list";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { PageHeader } from "@/components/ui/page-header";
import { UsagerListFilters } from "@/components/usagers/usager-list-filters";
import { UsagerTable, type UsagerTableRow } from "@/components/usagers/usager-table";
import { PeriodFilterNotes } from "@/components/usagers/period-filter-notes";
import { listStructureSites } from "@/lib/domain/shared/structure-sites";

export const metadata: Metadata = { title: "Usagers" };

// Search, filters, sort and page all come from the URL, so a list can be shared as a link.
export default async function UsagersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  // A role that cannot list usagers must not learn that the page exists.
  if (!canListUsagers(actor)) notFound();
  const params = parseUsagerListParams(await searchParams);
  const [list, referents, quartiers, sites] = await Promise.all([
    listUsagers(actor, params), listReferentOptions(actor), listQuartiers(actor), listStructureSites(actor),
  ]);
  // Client components receive JSON: dates travel as ISO strings.
  const rows: UsagerTableRow[] = list.rows.map((row) => ({
    ...row,
    dateNaissance: row.dateNaissance ? row.dateNaissance.toISOString() : null,
    lastContactAt: row.lastContactAt?.toISOString() ?? null,
  }));
  return (
    <>
      <PageHeader
        title="Usagers"
        description="Les dossiers de votre structure."
        actions={<Link className="btn" href="/usagers/nouveau">Nouveau dossier</Link>}
      />
      <UsagerListFilters
        actorId={actor.id}
        referents={referents.map(({ id, firstName, lastName }) => ({ id, firstName, lastName }))}
        quartiers={quartiers}
        sites={sites}
        values={{
          q: params.q,
          referent: params.referent,
          quartier: params.quartier,
          statut: params.statut,
          sansContact: String(params.sansContact),
          accompagnement: params.accompagnement,
          site: params.site,
          tranche: params.tranche,
          menage: params.menage,
        }}
      />
      <PeriodFilterNotes params={params} />
      <UsagerTable
        rows={rows}
        total={list.total}
        page={list.page}
        pageSize={list.pageSize}
        q={params.q}
        tri={params.tri}
        ordre={params.ordre}
        today={parisToday()}
      />
    </>
  );
}
