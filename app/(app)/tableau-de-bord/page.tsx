import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { canExportDashboard, canReassignDossiers, canViewDashboard } from "@/lib/auth/permissions";
import { dashboardQuery, filterOf, parseDashboardParams } from "@/lib/domain/dashboard/period";
import { getDashboardFiguresCached, refreshDashboardFigures } from "@/lib/domain/dashboard/cache";
import { dashboardTables, usagerTotalLinks } from "@/lib/domain/dashboard/tables";
import type { ListLinks } from "@/lib/domain/shared/figure-table";
import { listDashboardSites } from "@/lib/domain/dashboard/sites";
import { formatCalendarDate, formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { PeriodForm } from "@/components/dashboard/period-form";
import { YearExports } from "@/components/dashboard/year-exports";
import { DASHBOARD_SECTIONS } from "@/components/dashboard/sections";

export const metadata: Metadata = { title: "Tableau de bord" };

// A RESPONSABLE sees the structure; a travailleur social their own caseload. Other roles must
// not learn that the page exists.
export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  if (!canViewDashboard(actor)) notFound();
  const raw = await searchParams;
  const params = parseDashboardParams(raw);
  const filter = filterOf(params);
  const [result, sites] = await Promise.all([getDashboardFiguresCached(actor, filter, { refresh: raw.recalcul === "1" }), listDashboardSites(actor)]);
  if (!result) notFound();
  // Figures older than five minutes were shown at once: recompute them once the page is sent.
  if (result.stale) after(() => refreshDashboardFigures(actor, filter));
  const mine = result.scope.workerId !== null;
  const links: ListLinks = { du: params.du, au: params.au, site: params.site, workerId: result.scope.workerId };
  const tables = dashboardTables(result.figures, links);
  const exportQuery = canExportDashboard(actor) ? dashboardQuery(params) : null;
  const day = (iso: string) => formatCalendarDate(new Date(`${iso}T00:00:00Z`));
  const thisYear = Number(params.au.slice(0, 4));
  const props = {
    actor, filter, tables, exportQuery, mine, links,
    totals: { nouveaux: result.figures.usagers.nouveaux, actifs: result.figures.usagers.actifs, links: usagerTotalLinks(links) },
  };
  return (
    <>
      <PageHeader
        title="Tableau de bord"
        description={<>{mine ? "Votre file active" : "L'activité de la structure"}, du {day(params.du)} au {day(params.au)}{params.site ? ` · ${sites.find((s) => s.id === params.site)?.name ?? "site inconnu"}` : ""}.</>}
        actions={canReassignDossiers(actor) ? <Link className="btn btn--secondary" href="/tableau-de-bord/reattribuer">Réattribuer des dossiers</Link> : null}
      />
      {params.error ? <Alert tone="warning">{params.error}</Alert> : null}
      <PeriodForm params={params} sites={sites} />
      <p className="muted">
        Chiffres calculés le {formatDateTime(result.computedAt)}
        {result.stale ? " ; leur mise à jour est en cours, rechargez la page dans un instant." : " (conservés cinq minutes)."}{" "}
        <Link href={`/tableau-de-bord?${dashboardQuery(params)}&recalcul=1`}>Recalculer maintenant</Link>
      </p>
      {DASHBOARD_SECTIONS.map((Section, i) => <Section key={i} {...props} />)}
      {exportQuery ? <YearExports years={[thisYear, thisYear - 1, thisYear - 2]} /> : null}
    </>
  );
}
