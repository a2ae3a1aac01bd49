// No-show rate for the dashboard: NON_VENU / (HONORE + NON_VENU + EXCUSE), per site and per kind,
// over the rendez-vous that started in the period. A TS counts their own rendez-vous, a RESPONSABLE
// the structure's; other roles get nothing.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canViewAgenda, canViewAllCaseloads } from "@/lib/auth/permissions";
import { rendezVousScope } from "@/lib/auth/scopes/rendez-vous";
import { siteScope } from "@/lib/auth/scopes/site";
import type { DashboardFilter } from "@/lib/domain/dashboard/filter";
import type { Cell, DashboardTable, ListLinks } from "@/lib/domain/dashboard/tables";
import { RDV_KIND_LABELS, type RendezVousKind } from "./labels";
import { HORS_SITE } from "./list-params";
import { listHref } from "@/lib/domain/shared/list-href";

export type NoShowLine = { key: string; label: string; honores: number; excuses: number; nonVenus: number; taux: number | null };
export type AgendaFigures = { total: NoShowLine; parSite: NoShowLine[]; parType: NoShowLine[] };

const rate = (nonVenus: number, base: number) => (base === 0 ? null : Math.round((nonVenus / base) * 1000) / 10);

function line(key: string, label: string, rows: { status: string; _count: { _all: number } }[]): NoShowLine {
  const n = (s: string) => rows.filter((r) => r.status === s).reduce((t, r) => t + r._count._all, 0);
  const honores = n("HONORE"), excuses = n("EXCUSE"), nonVenus = n("NON_VENU");
  return { key, label, honores, excuses, nonVenus, taux: rate(nonVenus, honores + excuses + nonVenus) };
}

export async function agendaDashboardFigures(actor: Actor, filter: DashboardFilter): Promise<AgendaFigures | null> {
  if (!canViewAgenda(actor)) return null;
  const where = {
    AND: [
      rendezVousScope(actor),
      // The dashboard's rule: a TS sees their own caseload, a RESPONSABLE the structure's.
      canViewAllCaseloads(actor) ? {} : { travailleurId: actor.id },
      { debut: { gte: filter.from, lt: filter.to }, status: { in: ["HONORE" as const, "EXCUSE" as const, "NON_VENU" as const] } },
      filter.siteId ? { siteId: filter.siteId } : {},
    ],
  };
  const groups = await db.rendezVous.groupBy({ by: ["siteId", "kind", "status"], where, _count: { _all: true } });
  const siteIds = [...new Set(groups.map((g) => g.siteId).filter((s): s is string => !!s))];
  const sites = new Map((await db.site.findMany({ where: { AND: [siteScope(actor), { id: { in: siteIds } }] }, select: { id: true, name: true } })).map((s) => [s.id, s.name]));
  const bySite = [...new Set(groups.map((g) => g.siteId ?? ""))].map((id) =>
    line(id || "sans-site", id ? (sites.get(id) ?? "Site") : "Hors site (domicile, téléphone)", groups.filter((g) => (g.siteId ?? "") === id)));
  const byKind = (Object.keys(RDV_KIND_LABELS) as RendezVousKind[])
    .filter((k) => groups.some((g) => g.kind === k))
    .map((k) => line(k, RDV_KIND_LABELS[k], groups.filter((g) => g.kind === k)));
  return {
    total: line("total", "Ensemble", groups),
    parSite: bySite.sort((a, b) => a.label.localeCompare(b.label, "fr")),
    parType: byKind,
  };
}

const pct = (v: number | null) => (v == null ? "—" : `${new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 }).format(v)} %`);

const rendezVousHref = (q: Record<string, string | null>) => listHref("/agenda/rendez-vous", q);

/**
 * The table of the dashboard's Rendez-vous section: per site, then all sites. Each count links to
 * the rendez-vous it counts (same period, site, worker, outcome); the rate to the rendez-vous it
 * is computed over, which is the list of the row's total. `links` null: no link.
 */
export function agendaDashboardTable(f: AgendaFigures, links: ListLinks | null): DashboardTable {
  const to = (l: NoShowLine, issue: string) => {
    if (!links) return undefined;
    const site = l.key === "total" ? links.site : l.key === "sans-site" ? HORS_SITE : l.key;
    return rendezVousHref({ du: links.du, au: links.au, site, travailleur: links.workerId, issue });
  };
  const c = (v: number, href: string | undefined): Cell => (href && v > 0 ? { v, href } : { v });
  return {
    key: "agenda", title: "Rendez-vous honorés, excusés et non venus par site",
    columns: [
      { header: "Site", kind: "texte" }, { header: "Honorés", kind: "int" }, { header: "Excusés", kind: "int" }, { header: "Non venus", kind: "int" },
      { header: "Total", kind: "int" }, { header: "Taux de non-venue", kind: "texte" },
    ],
    rows: [...f.parSite, f.total].filter((l) => l.honores + l.excuses + l.nonVenus > 0).map((l) => {
      const all = to(l, "");
      return [
        { v: l.label }, c(l.honores, to(l, "HONORE")), c(l.excuses, to(l, "EXCUSE")), c(l.nonVenus, to(l, "NON_VENU")),
        c(l.honores + l.excuses + l.nonVenus, all), all ? { v: pct(l.taux), href: all } : { v: pct(l.taux) },
      ];
    }),
  };
}
