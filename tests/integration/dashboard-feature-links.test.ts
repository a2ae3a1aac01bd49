// The feature sections of the dashboard (rendez-vous, ateliers, domiciliation): every number links
// to the list of the records it counts. This test follows each link for several periods, a site
// and both scopes (responsable, travailleur social), runs the list as that user and checks that
// its total (or, for participations and persons, its sum) is the number. A rate links to the list
// it is computed over: the test checks it is the link of a count of the same row.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb } from "../helpers/db";
import type { Actor } from "@/lib/auth/actor";
import { filterOf } from "@/lib/domain/dashboard/period";
import { dashboardScope } from "@/lib/auth/scopes/dashboard";
import type { Cell, DashboardTable, ListLinks } from "@/lib/domain/dashboard/tables";
import { agendaDashboardFigures, agendaDashboardTable } from "@/lib/domain/agenda/dashboard";
import { ateliersDashboardFigures, ateliersDashboardView } from "@/lib/domain/ateliers/dashboard";
import { domiciliationDashboardFigures, domiciliationDashboardTable } from "@/lib/domain/domiciliation/dashboard";
import { parseRendezVousListParams } from "@/lib/domain/agenda/list-params";
import { listRendezVousOutcomes } from "@/lib/domain/agenda/outcomes";
import { parseAtelierListParams } from "@/lib/domain/ateliers/list-params";
import { listAteliers } from "@/lib/domain/ateliers/queries";
import { parseDomiciliationListParams } from "@/lib/domain/domiciliation/list-params";
import { listDomiciliationsFiltered } from "@/lib/domain/domiciliation/list";
import { buildFeatureWorld, NOW } from "./dashboard-feature-fixture";

let world: Awaited<ReturnType<typeof buildFeatureWorld>>;

beforeEach(async () => {
  await resetDb();
  world = await buildFeatureWorld();
});

type ListResult = { total: number; sums: Record<string, number> };

/** Runs the list a dashboard link points to, as the user who saw the link. */
async function follow(actor: Actor, href: string): Promise<ListResult> {
  const url = new URL(href, "http://passerelle.test");
  const q = Object.fromEntries(url.searchParams);
  switch (url.pathname) {
    case "/agenda/rendez-vous":
      return { total: (await listRendezVousOutcomes(actor, parseRendezVousListParams(q))).total, sums: {} };
    case "/ateliers": {
      const list = await listAteliers(actor, parseAtelierListParams(q), NOW);
      return { total: list.total, sums: { participations: list.participations, personnes: list.personnes } };
    }
    case "/domiciliations":
      return { total: (await listDomiciliationsFiltered(actor, parseDomiciliationListParams(q), NOW)).total, sums: {} };
    default:
      throw new Error(`lien vers une liste inconnue : ${href}`);
  }
}

/** Columns whose number is a sum over the linked list rather than its count. */
const SUM_OF: Record<string, string> = { Participations: "participations" };

async function checkTable(actor: Actor, table: DashboardTable) {
  let followed = 0;
  for (const row of table.rows) {
    const counted = new Set<string>();
    const rates: [string, Cell][] = [];
    for (const [i, cell] of row.entries()) {
      if (i === 0) continue;
      const { header, kind } = table.columns[i]!;
      const where = `${table.title} › ${String(row[0]!.v)} › ${header}`;
      if (kind === "texte") {
        if (cell.href) rates.push([where, cell]);
        continue;
      }
      if (typeof cell.v === "number" && cell.v > 0) expect(cell.href, `${where} : pas de lien`).toBeTruthy();
      if (!cell.href) continue;
      const list = await follow(actor, cell.href);
      const sum = SUM_OF[header];
      expect(sum ? list.sums[sum] : list.total, `${where} (${cell.href})`).toBe(cell.v);
      if (!sum) counted.add(cell.href);
      followed++;
    }
    for (const [where, cell] of rates) expect(counted, `${where} (${cell.href})`).toContain(cell.href);
  }
  return followed;
}

async function checkEveryLink(actor: Actor, params: { du: string; au: string; site: string }) {
  const filter = filterOf(params);
  const links: ListLinks = { ...params, workerId: dashboardScope(actor)!.workerId };
  let followed = 0;

  const agenda = (await agendaDashboardFigures(actor, filter))!;
  followed += await checkTable(actor, agendaDashboardTable(agenda, links));

  const ateliers = ateliersDashboardView(await ateliersDashboardFigures(actor, filter), links);
  followed += await checkTable(actor, ateliers.table);
  const m = ateliers.summary;
  for (const [name, cell, expected] of [
    ["séances réalisées", m.seancesRealisees, "total"], ["participations", m.participations, "participations"], ["personnes", m.personnes, "personnes"],
    ["planifiées", m.seancesPlanifiees, "total"], ["annulées", m.seancesAnnulees, "total"],
  ] as const) {
    if (typeof cell.v === "number" && cell.v > 0) expect(cell.href, `ateliers › ${name} : pas de lien`).toBeTruthy();
    if (!cell.href) continue;
    const list = await follow(actor, cell.href);
    expect(expected === "total" ? list.total : list.sums[expected], `ateliers › ${name} (${cell.href})`).toBe(cell.v);
    followed++;
  }
  // The attendance rate is computed over the held sessions: the list of "séances réalisées".
  if (m.tauxPresence.href) expect(m.tauxPresence.href).toBe(m.seancesRealisees.href);

  const domiciliation = (await domiciliationDashboardFigures(actor, filter, NOW))!;
  followed += await checkTable(actor, domiciliationDashboardTable(domiciliation, links));
  return followed;
}

describe("every number of the feature sections leads to the list of what it counts", () => {
  it("for a responsable: a month, a month on each site, a year, a period cut inside months", async () => {
    const responsable = world.w.actors.RESPONSABLE;
    expect(await checkEveryLink(responsable, { du: "2026-11-01", au: "2026-11-30", site: "" })).toBeGreaterThan(20);
    expect(await checkEveryLink(responsable, { du: "2026-11-01", au: "2026-11-30", site: world.sites.mds.id })).toBeGreaterThan(5);
    expect(await checkEveryLink(responsable, { du: "2026-11-01", au: "2026-11-30", site: world.sites.fives.id })).toBeGreaterThan(5);
    await checkEveryLink(responsable, { du: "2026-01-01", au: "2026-12-31", site: "" });
    await checkEveryLink(responsable, { du: "2026-10-15", au: "2026-11-12", site: "" });
    await checkEveryLink(responsable, { du: "2026-11-30", au: "2026-12-01", site: "" });
  });

  it("for a travailleur social: the lists are narrowed to what their figures count", async () => {
    for (const actor of [world.w.actors.TRAVAILLEUR_SOCIAL, world.w.actors.TS2]) {
      expect(await checkEveryLink(actor, { du: "2026-11-01", au: "2026-11-30", site: "" })).toBeGreaterThan(8);
      await checkEveryLink(actor, { du: "2026-01-01", au: "2026-12-31", site: "" });
      await checkEveryLink(actor, { du: "2026-11-01", au: "2026-11-30", site: world.sites.mds.id });
    }
  });

  it("a site of another structure: every figure is zero and so is every list", async () => {
    const foreignSite = world.w.b.sites[0]!.id;
    const responsable = world.w.actors.RESPONSABLE;
    expect(await checkEveryLink(responsable, { du: "2026-11-01", au: "2026-11-30", site: foreignSite })).toBe(0);
    for (const href of [
      `/agenda/rendez-vous?site=${foreignSite}`, `/ateliers?periode=toutes&site=${foreignSite}`,
      `/domiciliations?site=${foreignSite}`, `/domiciliations?statut=en_retard&site=${foreignSite}`,
    ]) expect(await follow(responsable, href), href).toEqual({ total: 0, sums: expect.anything() });
  });

  it("names the list's filters in the link; the tables carry no link without links", async () => {
    const filter = filterOf({ du: "2026-11-01", au: "2026-11-30", site: "" });
    const ts = world.w.actors.TRAVAILLEUR_SOCIAL;
    const links: ListLinks = { du: "2026-11-01", au: "2026-11-30", site: "", workerId: ts.id };
    const agenda = agendaDashboardTable((await agendaDashboardFigures(ts, filter))!, links);
    const horsSite = agenda.rows.find((r) => r[0]!.v === "Hors site (domicile, téléphone)")!;
    expect(horsSite[3]).toEqual({ v: 1, href: `/agenda/rendez-vous?du=2026-11-01&au=2026-11-30&site=hors-site&travailleur=${ts.id}&issue=NON_VENU` });
    expect(horsSite[5]).toEqual({ v: "100 %", href: `/agenda/rendez-vous?du=2026-11-01&au=2026-11-30&site=hors-site&travailleur=${ts.id}` });
    const dom = domiciliationDashboardTable((await domiciliationDashboardFigures(ts, filter, NOW))!, links);
    expect(dom.rows.map((r) => r[1]!.href)).toEqual([
      `/domiciliations?statut=en_vigueur&referent=${ts.id}`,
      `/domiciliations?date=demande&du=2026-11-01&au=2026-11-30&referent=${ts.id}`,
      `/domiciliations?statut=accordee_ou_terminee&date=decision&du=2026-11-01&au=2026-11-30&referent=${ts.id}`,
      // TS's refused request was decided in October: no number, no link.
      undefined,
      undefined,
      `/domiciliations?statut=en_retard&referent=${ts.id}`,
    ]);
    const ateliers = ateliersDashboardView(await ateliersDashboardFigures(ts, filter), links);
    expect(ateliers.summary.seancesRealisees.href).toBe(`/ateliers?periode=toutes&du=2026-11-01&au=2026-11-30&animateur=${ts.id}&statut=REALISE`);

    const noLinks = [
      agendaDashboardTable((await agendaDashboardFigures(ts, filter))!, null), ateliersDashboardView(await ateliersDashboardFigures(ts, filter), null).table,
      domiciliationDashboardTable((await domiciliationDashboardFigures(ts, filter, NOW))!, null),
    ];
    expect(noLinks.flatMap((t) => t.rows.flat()).some((c) => c.href)).toBe(false);
    expect(Object.values(ateliersDashboardView(await ateliersDashboardFigures(ts, filter), null).summary).some((c) => c.href)).toBe(false);
  });
});
