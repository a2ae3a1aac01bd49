// Downloads of the dashboard: one table (CSV or XLSX) for the period shown, the yearly rapport
// d'activité (every table, for the structure and then for each site) and the anonymised
// aggregate export for the Analyse des besoins sociaux (counts only, small counts masked).
// RESPONSABLE only (anyone else: null, the route answers 404); each download is audited with
// its filters, never with a figure or a name.
import { db } from "@/lib/db";
import { listStructureSites } from "@/lib/domain/shared/structure-sites";
import type { Actor } from "@/lib/auth/actor";
import { canExportDashboard } from "@/lib/auth/permissions";
import { siteScope } from "@/lib/auth/scopes/site";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { formatCalendarDate } from "@/lib/format";
import type { PeriodFilter } from "@/lib/domain/shared/period";
import { dashboardScope } from "@/lib/auth/scopes/dashboard";
import { figuresFor } from "./figures";
import { dashboardTables, type TableKey } from "./tables";
import type { DashboardTable } from "@/lib/domain/shared/figure-table";
import { addTableSheet, newWorkbook, tableToCsv, workbookBuffer } from "./writers";
import { maskSmallCount } from "./mask";
import { addDays } from "@/lib/domain/shared/day-range";
import { yearFilter } from "./period";
import { accueilDashboardTables, accueilFiguresFor } from "@/lib/domain/accueil/dashboard";
import { dayBounds } from "@/lib/domain/shared/period";

export type ExportFile = { body: Buffer; filename: string; contentType: string };
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function siteName(actor: Actor, siteId: string | null) {
  if (!siteId) return { ok: true, name: "Tous les sites" };
  const site = await db.site.findFirst({ where: { AND: [siteScope(actor), { id: siteId }] }, select: { name: true } });
  return site ? { ok: true, name: site.name } : { ok: false, name: "" };
}

function periodLabel(filter: PeriodFilter) {
  const { fromDay, toDay } = dayBounds(filter);
  const d = (day: string) => formatCalendarDate(new Date(`${day}T00:00:00Z`));
  return `du ${d(fromDay)} au ${d(addDays(toDay, -1))}`;
}

async function audit(actor: Actor, details: Record<string, string | number | null>) {
  await db.$transaction((tx) => writeAudit(tx, actor, { action: "dashboard.export", entityType: "TableauDeBord", details }));
}

export async function exportDashboardTable(actor: Actor, key: TableKey, format: "csv" | "xlsx", filter: PeriodFilter, now = new Date()): Promise<ExportFile | null> {
  const scope = dashboardScope(actor);
  if (!scope || !canExportDashboard(actor)) return null;
  const site = await siteName(actor, filter.siteId);
  if (!site.ok) return null;
  const table = dashboardTables(await figuresFor(scope, filter, now)).find((t) => t.key === key)!;
  const { fromDay, toDay } = dayBounds(filter);
  const context = [`${table.title}, ${periodLabel(filter)}`, `Site : ${site.name}`];
  await audit(actor, { export: "tableau", table: key, format, du: fromDay, au: addDays(toDay, -1), site: filter.siteId });
  const filename = `tableau-de-bord-${key}-${fromDay}-${addDays(toDay, -1)}.${format}`;
  if (format === "csv") return { body: tableToCsv(table, context), filename, contentType: "text/csv; charset=utf-8" };
  const wb = newWorkbook();
  addTableSheet(wb, table.title, table, context);
  return { body: await workbookBuffer(wb), filename, contentType: XLSX_TYPE };
}

const SHEETS: Record<TableKey, string> = {
  charge: "Charge", fiches: "Fiches de liaison", orientations: "Orientations", aides: "Aides",
  quartiers: "Quartiers", ages: "Âges", menages: "Ménages",
};

const ACCUEIL_SHEETS: Record<string, string> = {
  "passages-sites": "Passages par site", "passages-motifs": "Passages par motif", "passages-reponses": "Passages par réponse",
  "passages-jours": "Passages par jour", "passages-heures": "Passages par heure", "file-attente": "File d'attente",
};

/** The year's figures for the structure and for each site: every table, one sheet each, with a Site column. */
export async function exportRapportActivite(actor: Actor, year: number, now = new Date()): Promise<ExportFile | null> {
  const scope = dashboardScope(actor);
  if (!scope || !canExportDashboard(actor)) return null;
  const sites = await listStructureSites(actor);
  const parts = [{ id: null as string | null, name: "Tous les sites" }, ...sites];
  const perSite: { name: string; tables: DashboardTable[] }[] = [];
  // One after the other: a rapport is rare, the pool serves the pages meanwhile.
  for (const part of parts) perSite.push({ name: part.name, tables: dashboardTables(await figuresFor(scope, yearFilter(year, part.id), now)) });
  const wb = newWorkbook();
  const filter = yearFilter(year);
  for (const [i, first] of perSite[0]!.tables.entries()) {
    const merged: DashboardTable = {
      ...first,
      columns: [{ header: "Site", kind: "texte" }, ...first.columns],
      rows: perSite.flatMap((p) => p.tables[i]!.rows.map((row) => [{ v: p.name }, ...row])),
    };
    addTableSheet(wb, SHEETS[first.key as TableKey], merged, [`Rapport d'activité ${year} : ${first.title.toLowerCase()}`, `Période : ${periodLabel(filter)}`]);
  }
  // The accueil's figures (passages, walk-in queue), the same way: one sheet each, a Site column.
  const accueil: DashboardTable[][] = [];
  for (const part of parts) accueil.push(accueilDashboardTables(await accueilFiguresFor(scope, yearFilter(year, part.id)), null));
  for (const [i, first] of accueil[0]!.entries()) {
    const merged: DashboardTable = {
      ...first,
      columns: [{ header: "Site", kind: "texte" }, ...first.columns],
      rows: parts.flatMap((p, k) => accueil[k]![i]!.rows.map((row) => [{ v: p.name }, ...row])),
    };
    addTableSheet(wb, ACCUEIL_SHEETS[first.key] ?? first.key, merged, [`Rapport d'activité ${year} : ${first.title.toLowerCase()}`, `Période : ${periodLabel(filter)}`]);
  }
  await audit(actor, { export: "rapport-activite", format: "xlsx", annee: year });
  return { body: await workbookBuffer(wb), filename: `rapport-activite-${year}.xlsx`, contentType: XLSX_TYPE };
}

/**
 * Analyse des besoins sociaux: counts by quartier, age band, household type, aid type and
 * sending site; no name, no amount, no worker; any count under 5 shown as "< 5".
 */
export async function exportAbs(actor: Actor, year: number, now = new Date()): Promise<ExportFile | null> {
  const scope = dashboardScope(actor);
  if (!scope || !canExportDashboard(actor)) return null;
  const filter = yearFilter(year);
  const tables = dashboardTables(await figuresFor(scope, filter, now));
  const wb = newWorkbook();
  const context = (t: DashboardTable) => [`Analyse des besoins sociaux ${year} : ${t.title.toLowerCase()}`, "Données agrégées et anonymisées : tout effectif inférieur à 5 est affiché « < 5 »."];
  for (const key of ["quartiers", "ages", "menages"] as const) {
    const t = tables.find((x) => x.key === key)!;
    addTableSheet(wb, SHEETS[key], t, context(t), maskSmallCount);
  }
  const aides = tables.find((x) => x.key === "aides")!;
  const countsOnly = (t: DashboardTable, keep: number[]): DashboardTable => ({
    ...t, columns: keep.map((i) => t.columns[i]!), rows: t.rows.map((r) => keep.map((i) => r[i]!)),
  });
  const aidesCounts = countsOnly(aides, [0, 1, 3, 5]);
  addTableSheet(wb, SHEETS.aides, aidesCounts, context(aidesCounts), maskSmallCount);
  const fiches = countsOnly(tables.find((x) => x.key === "fiches")!, [0, 1]);
  addTableSheet(wb, SHEETS.fiches, fiches, context(fiches), maskSmallCount);
  await audit(actor, { export: "abs", format: "xlsx", annee: year });
  return { body: await workbookBuffer(wb), filename: `analyse-besoins-sociaux-${year}.xlsx`, contentType: XLSX_TYPE };
}
