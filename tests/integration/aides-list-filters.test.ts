// The filtered /aides list: each filter, the request-date boundaries (a @db.Date column), the TS
// scope, other structures, paging, the two sums, and the same numbers as the dashboard.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);

import { renderToStaticMarkup } from "react-dom/server";
import AidesPage from "@/app/(app)/aides/page";
import { formatEuros } from "@/lib/format";
import { actAs } from "../helpers/act-as";
import type { Actor } from "@/lib/auth/actor";
import { aideFigures } from "@/lib/domain/dashboard/aides";
import { dashboardScope } from "@/lib/auth/scopes/dashboard";
import { filterOf } from "@/lib/domain/dashboard/period";
import { hasAideListFilter, parseAideListParams } from "@/lib/domain/aides/list-params";
import { listAidesFiltered } from "@/lib/domain/aides/queries";
import { db, resetDb } from "../helpers/db";
import { makeSitedWorld, makeUsager, makeWorld } from "../helpers/factories";
import { buildDashboardWorld, NOVEMBER } from "./dashboard-fixture";

beforeEach(resetDb);

const list = (actor: Actor, params: Record<string, string> = {}) => listAidesFiltered(actor, parseAideListParams(params));
const day = (d: string) => new Date(`${d}T00:00:00Z`);

type Status = "DEMANDEE" | "EN_INSTRUCTION" | "ACCORDEE" | "REFUSEE" | "AJOURNEE" | "ABANDONNEE";

async function aidesWorld() {
  const { w, mds, fives, atFives, atMds, foreign } = await makeSitedWorld();
  const aide = async (usagerId: string, structureId: string, instructeurId: string, type: "ENERGIE" | "ALIMENTAIRE", demandeLe: string, demande: number, status: Status, accorde: number | null = null) =>
    (await db.aide.create({ data: { structureId, usagerId, instructeurId, type, demandeLe: day(demandeLe), montantDemandeCents: demande, status, montantAccordeCents: accorde } })).id;
  const { ts, ts2, otherTs } = w.users;
  const ids = {
    // First and last day of 2026: inside; the days around them: outside.
    first: await aide(atFives.id, w.a.id, ts.id, "ENERGIE", "2026-01-01", 10_000, "ACCORDEE", 8_000),
    last: await aide(atMds.id, w.a.id, ts2.id, "ENERGIE", "2026-12-31", 20_000, "REFUSEE"),
    before: await aide(atFives.id, w.a.id, ts.id, "ENERGIE", "2025-12-31", 5_000, "DEMANDEE"),
    after: await aide(atMds.id, w.a.id, ts2.id, "ENERGIE", "2027-01-01", 7_000, "AJOURNEE"),
    march: await aide(atFives.id, w.a.id, ts.id, "ENERGIE", "2026-03-01", 4_000, "ACCORDEE", 3_500),
    food: await aide(atMds.id, w.a.id, ts.id, "ALIMENTAIRE", "2026-06-15", 3_000, "EN_INSTRUCTION"),
    // A granted amount recorded on a refused request does not count as granted.
    odd: await aide(atMds.id, w.a.id, ts2.id, "ALIMENTAIRE", "2026-07-01", 1_000, "REFUSEE", 900),
    foreign: await aide(foreign.id, w.b.id, otherTs.id, "ENERGIE", "2026-06-01", 50_000, "ACCORDEE", 50_000),
  };
  return { w, ids, sites: { mds, fives } };
}

const YEAR = { type: "ENERGIE", du: "2026-01-01", au: "2026-12-31" };

describe("parameters", () => {
  it("fall back to no filter when malformed, and say whether any filter is set", () => {
    const p = parseAideListParams({ du: "2026-02-30", au: "31/12/2026", type: "CHAUFFAGE", statut: "PERDUE", site: "x", instructeur: "1 OR 1=1", page: "-3", taille: "33" });
    expect(p).toEqual({ du: "", au: "", type: "", statut: "", site: "", instructeur: "", page: 1, taille: 25 });
    expect(hasAideListFilter(p)).toBe(false);
    expect(hasAideListFilter(parseAideListParams({ taille: "25" }))).toBe(false);
    expect(hasAideListFilter(parseAideListParams({ statut: "en_attente" }))).toBe(true);
    expect(hasAideListFilter(parseAideListParams({ du: "2026-01-01" }))).toBe(true);
    expect(hasAideListFilter(parseAideListParams({ taille: "50" }))).toBe(true);
    expect(parseAideListParams({ statut: ["ACCORDEE", "REFUSEE"], type: "EAU" })).toMatchObject({ statut: "ACCORDEE", type: "EAU" });
  });
});

describe("the filtered list of requests", () => {
  it("takes both days of the period, inclusive, on the request date; most recent first; sums asked and granted", async () => {
    const { w, ids } = await aidesWorld();
    const r = await list(w.actors.RESPONSABLE, YEAR);
    expect(r.rows.map((a) => a.id)).toEqual([ids.last, ids.march, ids.first]);
    expect(r).toMatchObject({ total: 3, page: 1, pageSize: 25, demandeCents: 34_000, accordeCents: 11_500 });
    expect((await list(w.actors.RESPONSABLE, { ...YEAR, du: "2026-01-02", au: "2026-12-30" })).rows.map((a) => a.id)).toEqual([ids.march]);
    // One side open.
    expect((await list(w.actors.RESPONSABLE, { type: "ENERGIE", du: "2026-12-31" })).rows.map((a) => a.id)).toEqual([ids.after, ids.last]);
    expect((await list(w.actors.RESPONSABLE, { type: "ENERGIE", au: "2025-12-31" })).rows.map((a) => a.id)).toEqual([ids.before]);
  });

  it("filters by status: one status, or en_attente (demandée, en instruction, ajournée) whatever the period", async () => {
    const { w, ids } = await aidesWorld();
    const granted = await list(w.actors.RESPONSABLE, { ...YEAR, statut: "ACCORDEE" });
    expect(granted).toMatchObject({ total: 2, demandeCents: 14_000, accordeCents: 11_500 });
    expect((await list(w.actors.RESPONSABLE, { ...YEAR, statut: "REFUSEE" })).rows.map((a) => a.id)).toEqual([ids.last]);
    const pending = await list(w.actors.RESPONSABLE, { type: "ENERGIE", statut: "en_attente" });
    expect(pending.rows.map((a) => a.id).sort()).toEqual([ids.before, ids.after].sort());
    expect(pending).toMatchObject({ total: 2, demandeCents: 12_000, accordeCents: 0 });
    const all = await list(w.actors.RESPONSABLE, { statut: "REFUSEE" });
    expect(all).toMatchObject({ total: 2, accordeCents: 0 });
  });

  it("filters by the dossier's site; a site of another structure or a malformed one never fails", async () => {
    const { w, ids, sites } = await aidesWorld();
    expect((await list(w.actors.RESPONSABLE, { ...YEAR, site: sites.fives.id })).rows.map((a) => a.id)).toEqual([ids.march, ids.first]);
    expect((await list(w.actors.RESPONSABLE, { ...YEAR, site: sites.mds.id })).rows.map((a) => a.id)).toEqual([ids.last]);
    expect(await list(w.actors.RESPONSABLE, { site: w.b.sites[0]!.id })).toMatchObject({ rows: [], total: 0, demandeCents: 0, accordeCents: 0 });
    expect(await list(w.actors.RESPONSABLE, { site: "00000000-0000-0000-0000-000000000000" })).toMatchObject({ total: 0 });
    expect((await list(w.actors.RESPONSABLE, { site: "pas-un-uuid", type: "ENERGIE" })).total).toBe(5);
  });

  it("a TS sees the requests they instruct, whatever instructeur says; a RESPONSABLE all, or one worker's", async () => {
    const { w, ids } = await aidesWorld();
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    expect((await list(ts, { type: "ENERGIE" })).rows.map((a) => a.id)).toEqual([ids.march, ids.first, ids.before]);
    expect((await list(ts, { type: "ENERGIE", instructeur: w.users.ts2.id })).rows.map((a) => a.id)).toEqual([ids.march, ids.first, ids.before]);
    expect((await list(w.actors.TS2, { statut: "REFUSEE" })).rows.map((a) => a.id)).toEqual([ids.last, ids.odd]);
    expect((await list(w.actors.RESPONSABLE, { instructeur: w.users.ts2.id })).rows.map((a) => a.id)).toEqual([ids.after, ids.last, ids.odd]);
    expect((await list(w.actors.RESPONSABLE, {})).total).toBe(7);
  });

  it("never lists another structure's requests; roles outside the suivi social get nothing", async () => {
    const { w, ids } = await aidesWorld();
    expect((await list(w.actors.RESPONSABLE, { type: "ENERGIE" })).rows.map((a) => a.id)).not.toContain(ids.foreign);
    expect((await list(w.actors.OTHER_TS, {})).rows.map((a) => a.id)).toEqual([ids.foreign]);
    expect((await list(w.actors.OTHER_TS, { instructeur: w.users.ts.id })).rows.map((a) => a.id)).toEqual([ids.foreign]);
    for (const role of ["AGENT", "ADMIN", "OTHER_ADMIN"] as const) {
      expect(await list(w.actors[role], YEAR), role).toEqual({ rows: [], total: 0, page: 1, pageSize: 25, demandeCents: 0, accordeCents: 0 });
    }
  });

  it("pages the rows while the total and the sums cover every matching request", async () => {
    const w = await makeWorld();
    const u = await makeUsager(w.a, { nom: "Page", prenom: "P" });
    await db.aide.createMany({
      data: Array.from({ length: 27 }, (_, i) => ({
        structureId: w.a.id, usagerId: u.id, instructeurId: w.users.ts.id, type: "EAU" as const,
        demandeLe: new Date(Date.UTC(2026, 1, 1 + i)),
        montantDemandeCents: 100 * (i + 1), status: "ACCORDEE" as const, montantAccordeCents: 50 * (i + 1),
      })),
    });
    const second = await list(w.actors.RESPONSABLE, { type: "EAU", page: "2" });
    expect(second).toMatchObject({ total: 27, page: 2, pageSize: 25, demandeCents: 100 * 378, accordeCents: 50 * 378 });
    expect(second.rows.map((a) => a.montantDemandeCents)).toEqual([200, 100]);
    expect((await list(w.actors.RESPONSABLE, { type: "EAU", taille: "50" })).rows).toHaveLength(27);
    expect(await list(w.actors.RESPONSABLE, { type: "EAU", page: "9" })).toMatchObject({ rows: [], total: 27, page: 9 });
  });
});

describe("the numbers of the dashboard", () => {
  it("match the list behind each figure, for a RESPONSABLE and a TS, with and without a site", async () => {
    const { w, sites } = await buildDashboardWorld();
    const period = { du: "2026-11-01", au: "2026-11-30" };
    for (const actor of [w.actors.RESPONSABLE, w.actors.TRAVAILLEUR_SOCIAL, w.actors.TS2]) {
      for (const site of ["", sites.fives.id, sites.mds.id]) {
        const figures = await aideFigures(dashboardScope(actor)!, site ? filterOf({ ...period, site }) : NOVEMBER);
        for (const f of figures) {
          const base = { type: f.type, ...period, site };
          const demandes = await list(actor, base);
          expect([demandes.total, demandes.demandeCents]).toEqual([f.demandees, f.demandeCents]);
          const accordees = await list(actor, { ...base, statut: "ACCORDEE" });
          expect([accordees.total, accordees.accordeCents]).toEqual([f.accordees, f.accordeCents]);
          expect((await list(actor, { ...base, statut: "REFUSEE" })).total).toBe(f.refusees);
          const pending = await list(actor, { type: f.type, statut: "en_attente", site });
          expect([pending.total, pending.demandeCents]).toEqual([f.enAttente, f.enAttenteCents]);
        }
      }
    }
    // The world has figures to compare: the loop above did check something.
    expect((await aideFigures(dashboardScope(w.actors.RESPONSABLE)!, NOVEMBER)).map((f) => f.type)).toEqual(["ALIMENTAIRE", "ENERGIE"]);
  });
});

describe("the /aides page", () => {
  const render = async (actor: Actor, params: Record<string, string> = {}) => {
    actAs(actor);
    return renderToStaticMarkup(await AidesPage({ searchParams: Promise.resolve(params) }));
  };

  it("keeps the two worklists without a filter, under a filter form with labelled fields", async () => {
    const { w } = await aidesWorld();
    const html = await render(w.actors.RESPONSABLE);
    expect(html).toContain("En attente de décision (3)");
    expect(html).toContain("Accordées, paiement à enregistrer (2)");
    expect(html).not.toContain("Demandes d&#x27;aide</h2>");
    for (const label of ["Demandée du", "Au (inclus)", "Type d&#x27;aide", "Statut", "Site du dossier", "Instruite par", "Lignes par page"]) {
      expect(html, label).toMatch(new RegExp(`<label for="[^"]+">${label.replace(/[()]/g, "\\$&")}</label>`));
    }
    expect(html).toMatch(/<form[^>]*action="\/aides"[^>]*method="get"/);
    expect(html).toContain('<a href="/aides">Effacer les filtres</a>');
    // A TS does not choose whose requests they see.
    expect(await render(w.actors.TRAVAILLEUR_SOCIAL)).not.toContain("Instruite par</label>");
  });

  it("shows the filtered requests with their count and sums; a foreign site shows none, without error", async () => {
    const { w } = await aidesWorld();
    const html = await render(w.actors.RESPONSABLE, YEAR);
    expect(html).toContain("3 demandes");
    expect(html).toContain(`<dt>Montant demandé</dt><dd>${formatEuros(34_000)}</dd>`);
    expect(html).toContain(`<dt>Montant accordé</dt><dd>${formatEuros(11_500)}</dd>`);
    expect(html).not.toContain("En attente de décision (");
    expect(html).toContain('name="du" value="2026-01-01"');
    expect(await render(w.actors.RESPONSABLE, { site: w.b.sites[0]!.id })).toContain("Aucune demande ne correspond à ces critères.");
    expect(await render(w.actors.RESPONSABLE, { du: "n'importe", statut: "<script>" })).toContain("En attente de décision (3)");
  });

  it("pages with links that keep the filters", async () => {
    const w = await makeWorld();
    const u = await makeUsager(w.a, { nom: "Page", prenom: "P" });
    await db.aide.createMany({
      data: Array.from({ length: 27 }, (_, i) => ({
        structureId: w.a.id, usagerId: u.id, instructeurId: w.users.ts.id, type: "EAU" as const, demandeLe: new Date(Date.UTC(2026, 1, 1 + i)),
        montantDemandeCents: 100, status: "DEMANDEE" as const,
      })),
    });
    const first = await render(w.actors.RESPONSABLE, { type: "EAU", du: "2026-01-01" });
    expect(first).toContain("27 demandes");
    expect(first).toContain("Page 1 sur 2");
    expect(first).toContain('href="/aides?du=2026-01-01&amp;type=EAU&amp;page=2">Suivant</a>');
    const second = await render(w.actors.RESPONSABLE, { type: "EAU", du: "2026-01-01", page: "2" });
    expect(second).toContain("Page 2 sur 2");
    expect(second).toContain('href="/aides?du=2026-01-01&amp;type=EAU">Précédent</a>');
  });

  it("does not exist for an agent or an admin", async () => {
    const { w } = await aidesWorld();
    for (const role of ["AGENT", "ADMIN"] as const) await expect(render(w.actors[role], YEAR), role).rejects.toThrow();
  });
});
