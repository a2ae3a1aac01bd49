// The /orientations list's period, site and author filters: the orientation-date boundaries (a
// @db.Date column), other structures, paging and totals, and the same numbers as the dashboard.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
// The filter form is a client component: outside Next, it needs a router to read and write the URL.
vi.mock("next/navigation", async (original) => ({
  ...(await original<typeof import("next/navigation")>()),
  useRouter: () => ({ push: () => {}, replace: () => {} }),
  usePathname: () => "/orientations",
  useSearchParams: () => new URLSearchParams(),
}));

import { renderToStaticMarkup } from "react-dom/server";
import OrientationsPage from "@/app/(app)/orientations/page";
import { actAs } from "../helpers/act-as";
import type { Actor } from "@/lib/auth/actor";
import { orientationFigures } from "@/lib/domain/dashboard/orientations";
import { dashboardScope } from "@/lib/auth/scopes/dashboard";
import { filterOf } from "@/lib/domain/dashboard/period";
import { listStructureOrientations } from "@/lib/domain/orientations/queries";
import { orientationListQuery, parseOrientationListParams } from "@/lib/domain/orientations/schemas";
import { db, resetDb } from "../helpers/db";
import { makeSitedWorld, makeUsager, makeWorld } from "../helpers/factories";
import { makePartenaire } from "../helpers/orientation-world";
import { buildDashboardWorld, NOW } from "./dashboard-fixture";

beforeEach(resetDb);

const NOW_2027 = new Date("2027-02-01T12:00:00Z");
const list = (actor: Actor, params: Record<string, string> = {}, now = NOW_2027) => listStructureOrientations(actor, parseOrientationListParams(params), now);
const day = (d: string) => new Date(`${d}T00:00:00Z`);
const ids = (r: { rows: { id: string }[] }) => r.rows.map((o) => o.id);

async function orientationsWorld() {
  const { w, mds, fives, atFives, atMds, foreign } = await makeSitedWorld();
  const [pmi, ssp, foreignPartner] = await Promise.all([makePartenaire(w.a), makePartenaire(w.a, { nom: "SSP", categorie: "SERVICE_SOCIAL_DEPARTEMENT" }), makePartenaire(w.b)]);
  const ori = async (structureId: string, usagerId: string, partenaireId: string, authorId: string, date: string) =>
    (await db.orientation.create({
      data: { structureId, usagerId, partenaireId, authorId, motif: "Motif", elementsTransmis: ["IDENTITE_CONTACT"], consentementLe: day(date), date: day(date) },
    })).id;
  const { ts, ts2, otherTs } = w.users;
  const o = {
    first: await ori(w.a.id, atFives.id, pmi.id, ts.id, "2026-01-01"),
    last: await ori(w.a.id, atMds.id, ssp.id, ts2.id, "2026-12-31"),
    before: await ori(w.a.id, atFives.id, pmi.id, ts2.id, "2025-12-31"),
    after: await ori(w.a.id, atMds.id, pmi.id, ts.id, "2027-01-01"),
    june: await ori(w.a.id, atMds.id, pmi.id, ts.id, "2026-06-15"),
    foreign: await ori(w.b.id, foreign.id, foreignPartner.id, otherTs.id, "2026-06-01"),
  };
  return { w, o, sites: { fives, mds }, partners: { pmi, ssp } };
}

const YEAR = { du: "2026-01-01", au: "2026-12-31" };

describe("parameters", () => {
  it("fall back to no filter when malformed, and the query keeps every filter set", () => {
    expect(parseOrientationListParams({ du: "2026-02-30", au: "x", site: "1 OR 1=1", auteur: "moi" })).toMatchObject({ du: "", au: "", site: "", auteur: "" });
    const p = parseOrientationListParams({ du: "2026-01-01", au: "2026-12-31", site: "8c5e2f0a-3b1d-4e6f-9a7b-2c4d6e8f0a1b", auteur: "8c5e2f0a-3b1d-4e6f-9a7b-2c4d6e8f0a1c", statut: "ACCEPTEE", taille: "50", page: "3" });
    expect(orientationListQuery(p, "")).toEqual({
      statut: "ACCEPTEE", partenaire: "", referent: "", age: "", du: "2026-01-01", au: "2026-12-31",
      site: "8c5e2f0a-3b1d-4e6f-9a7b-2c4d6e8f0a1b", auteur: "8c5e2f0a-3b1d-4e6f-9a7b-2c4d6e8f0a1c", taille: "50",
    });
  });
});

describe("period, site and author", () => {
  it("takes both days of the period, inclusive, on the orientation date; counts by destination follow", async () => {
    const { w, o, partners } = await orientationsWorld();
    const year = await list(w.actors.RESPONSABLE, YEAR);
    expect(ids(year)).toEqual([o.last, o.june, o.first]);
    expect(year.total).toBe(3);
    expect(year.counts.map((c) => [c.partenaire.id, c.count])).toEqual([[partners.pmi.id, 2], [partners.ssp.id, 1]]);
    expect(ids(await list(w.actors.RESPONSABLE, { du: "2026-01-02", au: "2026-12-30" }))).toEqual([o.june]);
    expect(ids(await list(w.actors.RESPONSABLE, { du: "2026-12-31" }))).toEqual([o.after, o.last]);
    expect(ids(await list(w.actors.RESPONSABLE, { au: "2025-12-31" }))).toEqual([o.before]);
    // Combined with the existing filters.
    expect(ids(await list(w.actors.RESPONSABLE, { ...YEAR, partenaire: partners.pmi.id }))).toEqual([o.june, o.first]);
  });

  it("filters by the dossier's site; another structure's site or a malformed one never fails", async () => {
    const { w, o, sites } = await orientationsWorld();
    expect(ids(await list(w.actors.TRAVAILLEUR_SOCIAL, { ...YEAR, site: sites.fives.id }))).toEqual([o.first]);
    expect(ids(await list(w.actors.TRAVAILLEUR_SOCIAL, { site: sites.mds.id }))).toEqual([o.after, o.last, o.june]);
    expect(await list(w.actors.RESPONSABLE, { site: w.b.sites[0]!.id })).toMatchObject({ total: 0, rows: [], counts: [] });
    expect((await list(w.actors.RESPONSABLE, { site: "nimporte" })).total).toBe(5);
  });

  it("filters by author; another structure's orientations never show, whoever is asked for", async () => {
    const { w, o } = await orientationsWorld();
    expect(ids(await list(w.actors.TRAVAILLEUR_SOCIAL, { auteur: w.users.ts.id }))).toEqual([o.after, o.june, o.first]);
    expect(ids(await list(w.actors.RESPONSABLE, { ...YEAR, auteur: w.users.ts2.id }))).toEqual([o.last]);
    expect((await list(w.actors.RESPONSABLE, { auteur: w.users.otherTs.id })).total).toBe(0);
    expect(ids(await list(w.actors.RESPONSABLE))).not.toContain(o.foreign);
    expect(ids(await list(w.actors.OTHER_TS, { auteur: w.users.otherTs.id }))).toEqual([o.foreign]);
    for (const role of ["AGENT", "ADMIN"] as const) expect(await list(w.actors[role], YEAR), role).toMatchObject({ total: 0, rows: [] });
  });

  it("pages the rows while the total counts every matching orientation", async () => {
    const w = await makeWorld();
    const u = await makeUsager(w.a, { nom: "Page", prenom: "P" });
    const p = await makePartenaire(w.a);
    await db.orientation.createMany({
      data: Array.from({ length: 27 }, (_, i) => ({
        structureId: w.a.id, usagerId: u.id, partenaireId: p.id, authorId: w.users.ts.id, motif: "M", elementsTransmis: ["IDENTITE_CONTACT" as const],
        consentementLe: new Date(Date.UTC(2026, 1, 1 + i)), date: new Date(Date.UTC(2026, 1, 1 + i)),
      })),
    });
    const second = await list(w.actors.RESPONSABLE, { du: "2026-02-01", au: "2026-03-31", page: "2" });
    expect(second).toMatchObject({ total: 27, page: 2, pageSize: 25 });
    expect(second.rows.map((r) => r.date.toISOString().slice(0, 10))).toEqual(["2026-02-02", "2026-02-01"]);
    expect((await list(w.actors.RESPONSABLE, { du: "2026-02-02", au: "2026-02-27", taille: "50" })).total).toBe(26);
  });
});

describe("the numbers of the dashboard", () => {
  it("match the list behind each figure: per destination and status, for a RESPONSABLE and a TS (their own), with a site", async () => {
    const { w, sites } = await buildDashboardWorld();
    const period = { du: "2026-11-01", au: "2026-11-30" };
    let compared = 0;
    for (const actor of [w.actors.RESPONSABLE, w.actors.TRAVAILLEUR_SOCIAL, w.actors.TS2]) {
      const auteur = actor.role === "RESPONSABLE" ? "" : actor.id;
      for (const site of ["", sites.fives.id, sites.mds.id]) {
        for (const f of await orientationFigures(dashboardScope(actor)!, filterOf({ ...period, site }))) {
          const base = { ...period, site, auteur, partenaire: f.partenaireId };
          expect((await list(actor, base, NOW)).total).toBe(f.total);
          for (const [statut, count] of Object.entries(f.parStatut)) expect((await list(actor, { ...base, statut }, NOW)).total).toBe(count);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(2);
  });
});

describe("the /orientations page", () => {
  const render = async (actor: Actor, params: Record<string, string> = {}) => {
    actAs(actor);
    return renderToStaticMarkup(await OrientationsPage({ searchParams: Promise.resolve(params) }));
  };

  it("has labelled period, site and author fields; the destination links keep every filter", async () => {
    const { w, sites, partners } = await orientationsWorld();
    const html = await render(w.actors.RESPONSABLE, { ...YEAR, site: sites.fives.id, auteur: w.users.ts.id });
    for (const label of ["Orientées du", "Au (inclus)", "Site du dossier", "Orientée par", "Statut", "Service partenaire"]) {
      expect(html, label).toMatch(new RegExp(`<label for="[^"]+">${label.replace(/[()]/g, "\\$&")}</label>`));
    }
    expect(html).toContain("1 orientation<");
    expect(html).toContain(`href="/orientations?partenaire=${partners.pmi.id}&amp;du=2026-01-01&amp;au=2026-12-31&amp;site=${sites.fives.id}&amp;auteur=${w.users.ts.id}"`);
    expect(html).toContain('name="du" value="2026-01-01"');
    expect(html).toContain(">Effacer les filtres</a>");
    expect(await render(w.actors.RESPONSABLE, { site: w.b.sites[0]!.id })).toContain("Aucune orientation<");
  });
});
