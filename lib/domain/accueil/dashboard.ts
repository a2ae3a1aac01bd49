// Figures of the accueil for the dashboard and the rapport d'activité: passages by site, day,
// hour, motif and answer (anonymous passages are counts, never dossiers), and the walk-in queue:
// people seen, waiting time of those seen (median, 9th decile), left without being seen. Counts
// of the structure (or the site filtered), for whoever sees a dashboard: no name, no free text.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { dashboardScope, dashboardScopeSql, type DashboardScope } from "@/lib/auth/scopes/dashboard";
import { dayBounds, type PeriodFilter } from "@/lib/domain/shared/period";
import type { Cell, DashboardTable, ListLinks } from "@/lib/domain/shared/figure-table";
import { listHref } from "@/lib/domain/shared/list-href";
import { MOTIF_LABELS, REPONSE_LABELS, type Motif, type Reponse } from "./labels";

type Count = { n: number };
export type AccueilFigures = {
  total: number; anonymes: number;
  parSite: (Count & { siteId: string; site: string; anonymes: number })[];
  parMotif: (Count & { motif: Motif })[];
  parReponse: (Count & { reponse: Reponse })[];
  parJour: (Count & { jour: string })[];
  parHeure: (Count & { heure: number })[];
  file: { inscrits: number; vus: number; partis: number; reorientes: number; attenteMediane: number | null; attenteD9: number | null };
};

export async function accueilFiguresFor(scope: Pick<DashboardScope, "structureId">, filter: PeriodFilter): Promise<AccueilFigures> {
  const site = filter.siteId ? Prisma.sql`AND p."siteId" = ${filter.siteId}::uuid` : Prisma.empty;
  const where = Prisma.sql`${dashboardScopeSql(scope, "p")} AND p."survenuLe" >= ${filter.from} AND p."survenuLe" < ${filter.to} ${site}`;
  const { fromDay, toDay } = dayBounds(filter);
  const fileSite = filter.siteId ? Prisma.sql`AND f."siteId" = ${filter.siteId}::uuid` : Prisma.empty;
  const [parSite, parMotif, parReponse, parJour, parHeure, file] = await Promise.all([
    db.$queryRaw<AccueilFigures["parSite"]>`
      SELECT s.id AS "siteId", s.name AS site, count(*)::int AS n, count(*) FILTER (WHERE p."usagerId" IS NULL)::int AS anonymes
      FROM "Passage" p JOIN "Site" s ON s.id = p."siteId" WHERE ${where} GROUP BY s.id, s.name ORDER BY s.name`,
    db.$queryRaw<AccueilFigures["parMotif"]>`
      SELECT m.motif::text AS motif, count(*)::int AS n FROM "Passage" p, unnest(p.motifs) AS m(motif) WHERE ${where} GROUP BY m.motif ORDER BY m.motif`,
    db.$queryRaw<AccueilFigures["parReponse"]>`
      SELECT p.reponse::text AS reponse, count(*)::int AS n FROM "Passage" p WHERE ${where} GROUP BY p.reponse ORDER BY p.reponse`,
    db.$queryRaw<AccueilFigures["parJour"]>`
      SELECT to_char((p."survenuLe" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') AS jour, count(*)::int AS n
      FROM "Passage" p WHERE ${where} GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<AccueilFigures["parHeure"]>`
      SELECT extract(hour FROM (p."survenuLe" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::int AS heure, count(*)::int AS n
      FROM "Passage" p WHERE ${where} GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<AccueilFigures["file"][]>`
      SELECT count(*)::int AS inscrits,
        count(*) FILTER (WHERE f.status = 'PRIS_EN_CHARGE')::int AS vus,
        count(*) FILTER (WHERE f.status = 'PARTI')::int AS partis,
        count(*) FILTER (WHERE f.status = 'REORIENTE')::int AS reorientes,
        (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f."sortieLe" - f."arriveeLe") / 60) FILTER (WHERE f.status = 'PRIS_EN_CHARGE'))::float8 AS "attenteMediane",
        (percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM f."sortieLe" - f."arriveeLe") / 60) FILTER (WHERE f.status = 'PRIS_EN_CHARGE'))::float8 AS "attenteD9"
      FROM "FileAttenteEntree" f
      WHERE ${dashboardScopeSql(scope, "f")} AND f.jour >= ${fromDay}::date AND f.jour < ${toDay}::date ${fileSite}`,
  ]);
  const total = parSite.reduce((a, r) => a + r.n, 0);
  return { total, anonymes: parSite.reduce((a, r) => a + r.anonymes, 0), parSite, parMotif, parReponse, parJour, parHeure, file: file[0]! };
}

export async function accueilDashboardFigures(actor: Actor, filter: PeriodFilter): Promise<AccueilFigures | null> {
  const scope = dashboardScope(actor);
  return scope ? accueilFiguresFor(scope, filter) : null;
}

const minutes = (v: number | null) => (v == null ? null : Math.round(v));
const day = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * The accueil's tables, each number of passages linked to the register's list with the same
 * filters (period, site, motif or answer, or the day); hours and the queue's figures are counts
 * without a list. `links` null: no links (the rapport d'activité).
 */
export function accueilDashboardTables(f: AccueilFigures, links: Pick<ListLinks, "du" | "au" | "site"> | null): DashboardTable[] {
  const to = (q: Record<string, string>) => (links ? listHref("/passages/liste", { du: links.du, au: links.au, site: links.site, ...q }) : undefined);
  const n = (v: number, href: string | undefined): Cell => (href && v > 0 ? { v, href } : { v });
  const int = (header: string) => ({ header, kind: "int" as const });
  const txt = (header: string) => ({ header, kind: "texte" as const });
  return [
    {
      key: "passages-sites", title: "Passages à l'accueil par site", columns: [txt("Site"), int("Passages"), int("Dont sans dossier")],
      rows: [
        ...f.parSite.map((r) => [{ v: r.site }, n(r.n, to({ site: r.siteId })), n(r.anonymes, to({ site: r.siteId, dossier: "sans" }))]),
        [{ v: "Total" }, n(f.total, to({})), n(f.anonymes, to({ dossier: "sans" }))],
      ],
    },
    { key: "passages-motifs", title: "Passages par motif", columns: [txt("Motif"), int("Passages")], rows: f.parMotif.map((r) => [{ v: MOTIF_LABELS[r.motif] }, n(r.n, to({ motif: r.motif }))]) },
    { key: "passages-reponses", title: "Passages par réponse apportée", columns: [txt("Réponse"), int("Passages")], rows: f.parReponse.map((r) => [{ v: REPONSE_LABELS[r.reponse] }, n(r.n, to({ reponse: r.reponse }))]) },
    {
      key: "passages-jours", title: "Passages par jour", columns: [txt("Jour"), int("Passages")],
      rows: f.parJour.map((r) => [{ v: day(r.jour) }, n(r.n, links ? listHref("/passages/liste", { du: r.jour, au: r.jour, site: links.site }) : undefined)]),
    },
    { key: "passages-heures", title: "Passages par heure d'arrivée", columns: [txt("Heure"), int("Passages")], rows: f.parHeure.map((r) => [{ v: `${r.heure} h – ${r.heure + 1} h` }, { v: r.n }]) },
    {
      key: "file-attente", title: "Permanence sans rendez-vous : file d'attente", columns: [txt("Indicateur"), int("Valeur")],
      rows: [
        [{ v: "Personnes inscrites dans la file" }, { v: f.file.inscrits }],
        [{ v: "Personnes reçues" }, { v: f.file.vus }],
        [{ v: "Parties sans être reçues" }, { v: f.file.partis }],
        [{ v: "Orientées ailleurs sans être reçues" }, { v: f.file.reorientes }],
        [{ v: "Attente médiane avant d'être reçu (minutes)" }, { v: minutes(f.file.attenteMediane) }],
        [{ v: "Attente du 9e décile (minutes)" }, { v: minutes(f.file.attenteD9) }],
      ],
    },
  ];
}
