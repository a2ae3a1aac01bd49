// The lists behind the dashboard's feature sections: rendez-vous outcomes (/agenda/rendez-vous),
// ateliers (/ateliers) and domiciliations (/domiciliations). Each filter, the Paris-day bounds,
// the actor's scope, other structures and their sites, paging, and the pages themselves.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);

import { renderToStaticMarkup } from "react-dom/server";
import RendezVousListPage from "@/app/(app)/agenda/rendez-vous/page";
import AteliersPage from "@/app/(app)/ateliers/page";
import DomiciliationsPage from "@/app/(app)/domiciliations/page";
import { actAs } from "../helpers/act-as";
import type { Actor } from "@/lib/auth/actor";
import { parseRendezVousListParams } from "@/lib/domain/agenda/list-params";
import { listRendezVousOutcomes } from "@/lib/domain/agenda/outcomes";
import { atelierListQuery, parseAtelierListParams } from "@/lib/domain/ateliers/list-params";
import { listAteliers } from "@/lib/domain/ateliers/queries";
import { hasDomiciliationListFilter, parseDomiciliationListParams } from "@/lib/domain/domiciliation/list-params";
import { lastOverdueRequestDay, listDomiciliationsFiltered } from "@/lib/domain/domiciliation/list";
import { db, resetDb } from "../helpers/db";
import { buildFeatureWorld, NOW } from "./dashboard-feature-fixture";

let world: Awaited<ReturnType<typeof buildFeatureWorld>>;
beforeEach(async () => {
  await resetDb();
  world = await buildFeatureWorld();
});

const NOVEMBER = { du: "2026-11-01", au: "2026-11-30" };
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
const idsOf = <T extends Record<string, { id: string }>>(o: T, ...keys: (keyof T)[]) => keys.map((k) => o[k]!.id);

const rdvs = async (actor: Actor, q: Record<string, string> = {}) => listRendezVousOutcomes(actor, parseRendezVousListParams(q));
const ateliers = async (actor: Actor, q: Record<string, string> = {}) => listAteliers(actor, parseAtelierListParams(q), NOW);
const doms = async (actor: Actor, q: Record<string, string> = {}) => listDomiciliationsFiltered(actor, parseDomiciliationListParams(q), NOW);

describe("rendez-vous outcomes", () => {
  it("parameters fall back to no filter when malformed", () => {
    expect(parseRendezVousListParams({ du: "2026-02-30", au: "30/11/2026", issue: "PREVU", site: "x", travailleur: "1 OR 1=1", page: "-1", taille: "30" }))
      .toEqual({ du: "", au: "", issue: "", site: "", travailleur: "", page: 1, taille: 25 });
    expect(parseRendezVousListParams({ site: "hors-site", issue: ["EXCUSE", "HONORE"] })).toMatchObject({ site: "hors-site", issue: "EXCUSE" });
  });

  it("lists the three outcomes only, on Paris days both inclusive, most recent first", async () => {
    const { w, rendezVous: r } = world;
    const list = await rdvs(w.actors.RESPONSABLE, NOVEMBER);
    expect(ids(list.rows)).toEqual(idsOf(r, "lastMinute", "ts2Fives", "excused", "phone", "firstMinute"));
    expect(list).toMatchObject({ total: 5, page: 1, pageSize: 25 });
    expect(ids((await rdvs(w.actors.RESPONSABLE, { du: "2026-12-01" })).rows)).toEqual(idsOf(r, "december"));
    expect(ids((await rdvs(w.actors.RESPONSABLE, { au: "2026-10-31" })).rows)).toEqual(idsOf(r, "octoberLast", "march"));
    expect((await rdvs(w.actors.RESPONSABLE)).total).toBe(8);
  });

  it("filters by outcome, site (or none), worker", async () => {
    const { w, rendezVous: r, sites } = world;
    const R = w.actors.RESPONSABLE;
    expect(ids((await rdvs(R, { ...NOVEMBER, issue: "NON_VENU" })).rows)).toEqual(idsOf(r, "lastMinute", "phone"));
    expect(ids((await rdvs(R, { ...NOVEMBER, site: sites.mds.id })).rows)).toEqual(idsOf(r, "excused", "firstMinute"));
    expect(ids((await rdvs(R, { ...NOVEMBER, site: "hors-site" })).rows)).toEqual(idsOf(r, "phone"));
    expect(ids((await rdvs(R, { ...NOVEMBER, travailleur: w.users.ts2.id })).rows)).toEqual(idsOf(r, "lastMinute", "ts2Fives", "excused"));
    expect(await rdvs(R, { site: w.b.sites[0]!.id })).toMatchObject({ rows: [], total: 0 });
    expect((await rdvs(R, { site: "pas-un-site", ...NOVEMBER })).total).toBe(5);
  });

  it("never lists another structure's; roles outside the social work get nothing; pages", async () => {
    const { w, rendezVous: r } = world;
    expect(ids((await rdvs(w.actors.OTHER_TS)).rows)).toEqual(idsOf(r, "foreign"));
    expect(ids((await rdvs(w.actors.RESPONSABLE, { travailleur: w.users.otherTs.id })).rows)).toEqual([]);
    for (const role of ["AGENT", "ADMIN", "OTHER_ADMIN"] as const) expect(await rdvs(w.actors[role]), role).toEqual({ rows: [], total: 0, page: 1, pageSize: 25 });
    await db.rendezVous.createMany({
      data: Array.from({ length: 26 }, (_, i) => ({
        structureId: w.a.id, usagerId: world.u.u1.id, travailleurId: w.users.ts.id, kind: "BUREAU" as const, status: "HONORE" as const,
        debut: new Date(Date.UTC(2025, 0, 1 + i, 9)), fin: new Date(Date.UTC(2025, 0, 1 + i, 10)),
      })),
    });
    const second = await rdvs(w.actors.RESPONSABLE, { au: "2025-12-31", page: "2" });
    expect(second).toMatchObject({ total: 26, page: 2 });
    expect(second.rows).toHaveLength(1);
    expect((await rdvs(w.actors.RESPONSABLE, { au: "2025-12-31", taille: "50" })).rows).toHaveLength(26);
  });

  it("the page: a labelled GET form, the total, the pager keeping the filters; 404 for an agent or an admin", async () => {
    const { w } = world;
    const render = async (actor: Actor, params: Record<string, string>) => {
      actAs(actor);
      return renderToStaticMarkup(await RendezVousListPage({ searchParams: Promise.resolve(params) }));
    };
    const html = await render(w.actors.TRAVAILLEUR_SOCIAL, { ...NOVEMBER, issue: "NON_VENU" });
    for (const label of ["Du", "Au (inclus)", "Issue", "Site", "Travailleur social", "Lignes par page"]) {
      expect(html, label).toMatch(new RegExp(`<label for="[^"]+">${label.replace(/[()]/g, "\\$&")}</label>`));
    }
    expect(html).toMatch(/<form[^>]*action="\/agenda\/rendez-vous"[^>]*method="get"/);
    expect(html).toContain('<a href="/agenda/rendez-vous">Effacer les filtres</a>');
    expect(html).toContain("2 rendez-vous");
    expect(html).toContain("TROIS C");
    expect(await render(w.actors.RESPONSABLE, { site: w.b.sites[0]!.id })).toContain("Aucun rendez-vous ne correspond à ces critères.");
    await db.rendezVous.createMany({
      data: Array.from({ length: 26 }, (_, i) => ({
        structureId: w.a.id, usagerId: world.u.u1.id, travailleurId: w.users.ts.id, kind: "BUREAU" as const, status: "EXCUSE" as const,
        debut: new Date(Date.UTC(2025, 0, 1 + i, 9)), fin: new Date(Date.UTC(2025, 0, 1 + i, 10)),
      })),
    });
    const paged = await render(w.actors.RESPONSABLE, { issue: "EXCUSE", au: "2025-12-31" });
    expect(paged).toContain("26 rendez-vous");
    expect(paged).toContain("Page 1 sur 2");
    expect(paged).toContain('href="/agenda/rendez-vous?au=2025-12-31&amp;issue=EXCUSE&amp;page=2">Suivant</a>');
    for (const role of ["AGENT", "ADMIN"] as const) {
      actAs(w.actors[role]);
      await expect(RendezVousListPage({ searchParams: Promise.resolve({}) }), role).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    }
  });
});

describe("ateliers", () => {
  it("without a period the upcoming ones (unchanged); a day range means every date in it", async () => {
    const { w, ateliers: a } = world;
    expect(parseAtelierListParams({})).toMatchObject({ periode: "a-venir", du: "", au: "" });
    expect(parseAtelierListParams({ du: "2026-11-01" })).toMatchObject({ periode: "toutes" });
    expect(parseAtelierListParams({ du: "pas une date" })).toMatchObject({ periode: "a-venir", du: "" });
    expect(parseAtelierListParams({ periode: "passes", du: "2026-11-01" })).toMatchObject({ periode: "passes" });
    expect(parseAtelierListParams({ animateur: "x", site: "y", taille: "1000" })).toMatchObject({ animateur: "", site: "", taille: 25 });
    expect(atelierListQuery(parseAtelierListParams({ du: "2026-11-01", periode: "toutes" }))).toMatchObject({ periode: "", du: "2026-11-01" });
    expect(ids((await ateliers(w.actors.RESPONSABLE)).rows)).toEqual(idsOf(a, "d", "december"));
    const nov = await ateliers(w.actors.RESPONSABLE, NOVEMBER);
    expect(ids(nov.rows)).toEqual(idsOf(a, "d", "c", "b", "e", "a"));
    // Held sessions only: a (2 present), b (1), c (1); the cancelled e's presence does not count.
    expect(nov).toMatchObject({ total: 5, participations: 4, personnes: 3 });
  });

  it("filters by status, theme, site, facilitator; sums over held sessions only", async () => {
    const { w, ateliers: a, sites } = world;
    const R = w.actors.RESPONSABLE;
    expect(await ateliers(R, { ...NOVEMBER, statut: "REALISE", theme: "BUDGET" })).toMatchObject({ total: 2, participations: 3, personnes: 2 });
    expect(ids((await ateliers(R, { ...NOVEMBER, site: sites.mds.id })).rows)).toEqual(idsOf(a, "d", "e", "a"));
    expect(ids((await ateliers(R, { ...NOVEMBER, animateur: w.users.ts2.id })).rows)).toEqual(idsOf(a, "b", "e"));
    expect(ids((await ateliers(w.actors.TRAVAILLEUR_SOCIAL, { ...NOVEMBER, animateur: "moi" })).rows)).toEqual(idsOf(a, "d", "c", "a"));
    expect(await ateliers(R, { periode: "toutes", site: w.b.sites[0]!.id })).toMatchObject({ rows: [], total: 0, participations: 0, personnes: 0 });
    expect(ids((await ateliers(w.actors.OTHER_TS, { periode: "toutes" })).rows)).toEqual(idsOf(a, "foreign"));
    for (const role of ["AGENT", "ADMIN"] as const) expect(await ateliers(w.actors[role], { periode: "toutes" }), role).toMatchObject({ rows: [], total: 0 });
  });

  it("the page: labelled GET form, total and sums, pager; 404 for an agent or an admin", async () => {
    const { w } = world;
    const render = async (actor: Actor, params: Record<string, string>) => {
      actAs(actor);
      return renderToStaticMarkup(await AteliersPage({ searchParams: Promise.resolve(params) }));
    };
    const html = await render(w.actors.RESPONSABLE, { ...NOVEMBER, statut: "REALISE" });
    for (const label of ["Période", "Du", "Au (inclus)", "Thème", "Statut", "Site", "Animation", "Lignes par page"]) {
      expect(html, label).toMatch(new RegExp(`<label for="[^"]+">${label.replace(/[()]/g, "\\$&")}</label>`));
    }
    expect(html).toMatch(/<form[^>]*action="\/ateliers"[^>]*method="get"/);
    expect(html).toContain('<a href="/ateliers">Effacer les filtres</a>');
    expect(html).toContain("3 ateliers ; aux séances réalisées, 4 participations de 3 personnes.");
    await db.atelier.createMany({
      data: Array.from({ length: 26 }, (_, i) => ({
        structureId: w.a.id, titre: "Atelier", theme: "NUMERIQUE" as const, debut: new Date(Date.UTC(2025, 0, 1 + i, 13)), dureeMinutes: 60, capacite: 5,
        animateurId: w.users.ts.id, status: "REALISE" as const,
      })),
    });
    const paged = await render(w.actors.RESPONSABLE, { theme: "NUMERIQUE", du: "2025-01-01" });
    expect(paged).toContain("26 ateliers");
    expect(paged).toContain('href="/ateliers?du=2025-01-01&amp;theme=NUMERIQUE&amp;page=2">Suivant</a>');
    for (const role of ["AGENT", "ADMIN"] as const) {
      actAs(w.actors[role]);
      await expect(AteliersPage({ searchParams: Promise.resolve({}) }), role).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    }
  });
});

describe("domiciliations", () => {
  it("decisions overdue: requested on or before the day SQL's `+ interval '2 months'` puts before today", async () => {
    for (const today of ["2026-02-28", "2026-03-01", "2026-03-31", "2026-04-30", "2026-05-01", "2024-02-29", "2024-04-29", "2026-12-31", "2026-11-20"]) {
      const [row] = await db.$queryRaw<{ last: Date }[]>`
        SELECT max(d)::date AS last FROM generate_series(${today}::date - 90, ${today}::date, interval '1 day') AS d
        WHERE d::date + interval '2 months' < ${today}::date`;
      expect(lastOverdueRequestDay(new Date(`${today}T00:00:00Z`)).toISOString().slice(0, 10), today).toBe(row!.last.toISOString().slice(0, 10));
    }
  });

  it("filters on the request, decision or end date, Paris days both inclusive", async () => {
    const { w, domiciliations: d } = world;
    const R = w.actors.RESPONSABLE;
    expect(ids((await doms(R, NOVEMBER)).rows)).toEqual(idsOf(d, "grantedNov30", "requestedNov1"));
    expect(ids((await doms(R, { ...NOVEMBER, date: "decision" })).rows)).toEqual(idsOf(d, "grantedNov30", "endedNov", "refusedNov1"));
    expect(ids((await doms(R, { ...NOVEMBER, date: "fin" })).rows)).toEqual(idsOf(d, "endedNov"));
    expect(ids((await doms(R, { du: "2026-12-01", date: "fin" })).rows)).toEqual(idsOf(d, "endedDec"));
    expect(parseDomiciliationListParams({ date: "hier", statut: "PERDUE", referent: "x" })).toMatchObject({ date: "demande", statut: "", referent: "" });
    expect(hasDomiciliationListFilter(parseDomiciliationListParams({ date: "demande" }))).toBe(false);
    expect(hasDomiciliationListFilter(parseDomiciliationListParams({ statut: "en_vigueur" }))).toBe(true);
  });

  it("statuses: en vigueur today, granted (even ended since), refused, overdue", async () => {
    const { w, domiciliations: d } = world;
    const R = w.actors.RESPONSABLE;
    expect(ids((await doms(R, { statut: "en_vigueur" })).rows).sort()).toEqual(idsOf(d, "grantedNov30", "validToday").sort());
    expect(ids((await doms(R, { ...NOVEMBER, date: "decision", statut: "accordee_ou_terminee" })).rows)).toEqual(idsOf(d, "grantedNov30", "endedNov"));
    expect(ids((await doms(R, { ...NOVEMBER, date: "decision", statut: "REFUSEE" })).rows)).toEqual(idsOf(d, "refusedNov1"));
    expect(ids((await doms(R, { statut: "en_retard" })).rows)).toEqual(idsOf(d, "overdue"));
  });

  it("filters by the dossier's site and référent; never another structure's", async () => {
    const { w, domiciliations: d, sites } = world;
    const R = w.actors.RESPONSABLE;
    expect(ids((await doms(R, { ...NOVEMBER, site: sites.mds.id })).rows)).toEqual(idsOf(d, "grantedNov30"));
    expect(ids((await doms(R, { statut: "en_vigueur", referent: w.users.ts2.id })).rows)).toEqual(idsOf(d, "validToday"));
    expect(await doms(R, { site: w.b.sites[0]!.id })).toMatchObject({ rows: [], total: 0 });
    expect(await doms(R, { statut: "en_retard", referent: w.users.otherTs.id })).toMatchObject({ total: 0 });
    expect(ids((await doms(w.actors.OTHER_TS, { statut: "en_retard" })).rows)).toEqual(idsOf(d, "foreign"));
    for (const role of ["AGENT", "ADMIN"] as const) expect(await doms(w.actors[role], { statut: "DEMANDEE" }), role).toEqual({ rows: [], total: 0, page: 1, pageSize: 25 });
  });

  it("the page: worklists without a filter, the list with one; 404 for an agent or an admin", async () => {
    const { w } = world;
    const render = async (actor: Actor, params: Record<string, string>) => {
      actAs(actor);
      return renderToStaticMarkup(await DomiciliationsPage({ searchParams: Promise.resolve(params) }));
    };
    const plain = await render(w.actors.RESPONSABLE, {});
    expect(plain).toContain("Décisions à rendre");
    for (const label of ["Dates portant sur", "Du", "Au (inclus)", "Statut", "Site du dossier", "Référent du dossier", "Lignes par page"]) {
      expect(plain, label).toMatch(new RegExp(`<label for="[^"]+">${label.replace(/[()]/g, "\\$&")}</label>`));
    }
    expect(plain).toContain('<a href="/domiciliations">Effacer les filtres</a>');
    const html = await render(w.actors.TRAVAILLEUR_SOCIAL, { ...NOVEMBER, date: "decision" });
    expect(html).not.toContain("Décisions à rendre");
    expect(html).toContain("3 domiciliations");
    expect(html).toContain("30/11/2026");
    expect(await render(w.actors.RESPONSABLE, { site: w.b.sites[0]!.id })).toContain("Aucune domiciliation ne correspond à ces critères.");
    for (const role of ["AGENT", "ADMIN"] as const) {
      actAs(w.actors[role]);
      await expect(DomiciliationsPage({ searchParams: Promise.resolve({}) }), role).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    }
  });
});
