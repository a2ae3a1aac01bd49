// The CCAS inbox's view "toutes", site, period (Paris midnights on sentAt) and assignee filters,
// paging with a total, other structures, and the same numbers as the dashboard.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);

import { renderToStaticMarkup } from "react-dom/server";
import FichesPage from "@/app/(app)/fiches-liaison/page";
import { actAs } from "../helpers/act-as";
import type { Actor } from "@/lib/auth/actor";
import { ficheFigures } from "@/lib/domain/dashboard/fiches";
import { dashboardScope } from "@/lib/auth/scopes/dashboard";
import { filterOf } from "@/lib/domain/dashboard/period";
import { inboxQuery, parseInboxParams } from "@/lib/domain/fiches/inbox-params";
import { listFicheInbox } from "@/lib/domain/fiches/queries";
import { db, resetDb } from "../helpers/db";
import { makeWorld, type TestStructure } from "../helpers/factories";
import { buildDashboardWorld, NOW } from "./dashboard-fixture";

beforeEach(resetDb);

const list = (actor: Actor, params: Record<string, string> = {}, now?: Date) => listFicheInbox(actor, parseInboxParams(params), now);
const ids = (r: { rows: { id: string }[] }) => r.rows.map((f) => f.id);

type Status = "ENVOYEE" | "RECUE" | "EN_COURS" | "RDV_FIXE" | "REORIENTEE" | "CLOTUREE";
let n = 0;
async function fiche(structure: TestStructure, siteId: string, agentId: string, sentAt: string, status: Status, assigneeId: string | null = null) {
  const sent = new Date(sentAt);
  const f = await db.ficheLiaison.create({
    data: {
      structureId: structure.id, reference: `FL-2026-${String(++n).padStart(6, "0")}`, siteId, agentId, nom: "Personne", prenom: `F${n}`,
      urgence: "NORMALE", consentementTexte: "D'accord", status, sentAt: sent, statusChangedAt: sent, assigneeId,
    },
  });
  return f.id;
}

async function inboxWorld() {
  const w = await makeWorld();
  const mds = w.a.sites.find((s) => s.kind === "MAISON_DES_SOLIDARITES")!;
  const fives = w.a.sites.find((s) => s.kind === "MAIRIE_DE_QUARTIER")!;
  const { agent, ts, ts2, otherTs } = w.users;
  const f = {
    // 28/02 23:59 in Paris (UTC+1): before March.
    lateFeb: await fiche(w.a, fives.id, agent.id, "2026-02-28T22:59:00Z", "ENVOYEE"),
    // 01/03 00:00 in Paris: the first instant of March.
    firstMar: await fiche(w.a, fives.id, agent.id, "2026-02-28T23:00:00Z", "RECUE", ts.id),
    midMar: await fiche(w.a, mds.id, agent.id, "2026-03-15T10:00:00Z", "RDV_FIXE", ts2.id),
    // 31/03 23:59:59 in Paris (summer time since 29/03, UTC+2): the last instant of March.
    lastMar: await fiche(w.a, fives.id, agent.id, "2026-03-31T21:59:59Z", "EN_COURS", ts.id),
    // 01/04 00:00 in Paris: after March.
    april: await fiche(w.a, fives.id, agent.id, "2026-03-31T22:00:00Z", "CLOTUREE"),
    foreign: await fiche(w.b, w.b.sites[0]!.id, otherTs.id, "2026-03-10T10:00:00Z", "ENVOYEE"),
  };
  return { w, f, sites: { fives, mds } };
}

const MARCH = { du: "2026-03-01", au: "2026-03-31" };

describe("parameters", () => {
  it("fall back to defaults when malformed; the query leaves defaults out", () => {
    expect(parseInboxParams({ vue: "corbeille", site: "x", du: "1er mars", au: "2026-02-30", attribuee: "moi", page: "0", taille: "10" }))
      .toEqual({ vue: "a-traiter", site: "", du: "", au: "", attribuee: "", page: 1, taille: 25 });
    const p = parseInboxParams({ vue: "toutes", du: "2026-03-01", taille: "50", page: "4" });
    expect(inboxQuery(p)).toEqual({ vue: "toutes", site: "", du: "2026-03-01", au: "", attribuee: "", taille: "50" });
    expect(inboxQuery(p, "a-traiter").vue).toBe("");
  });
});

describe("the CCAS inbox", () => {
  it("counts a fiche in the period from Paris midnight of du to Paris midnight after au", async () => {
    const { w, f } = await inboxWorld();
    const all = await list(w.actors.RESPONSABLE, { vue: "toutes", ...MARCH });
    expect(ids(all)).toEqual([f.lastMar, f.midMar, f.firstMar]);
    expect(all).toMatchObject({ total: 3, page: 1, pageSize: 25 });
    expect(ids(await list(w.actors.RESPONSABLE, { vue: "toutes", au: "2026-02-28" }))).toEqual([f.lateFeb]);
    expect(ids(await list(w.actors.RESPONSABLE, { vue: "toutes", du: "2026-04-01" }))).toEqual([f.april]);
  });

  it("keeps the views: à traiter (envoyée, reçue, en cours) by urgency then age, traitées, miennes", async () => {
    const { w, f } = await inboxWorld();
    expect(ids(await list(w.actors.TRAVAILLEUR_SOCIAL))).toEqual([f.lateFeb, f.firstMar, f.lastMar]);
    expect(ids(await list(w.actors.TRAVAILLEUR_SOCIAL, MARCH))).toEqual([f.firstMar, f.lastMar]);
    expect(ids(await list(w.actors.TRAVAILLEUR_SOCIAL, { vue: "traitees" })).sort()).toEqual([f.midMar, f.april].sort());
    expect(ids(await list(w.actors.TRAVAILLEUR_SOCIAL, { vue: "miennes" }))).toEqual([f.firstMar, f.lastMar]);
    expect((await list(w.actors.TRAVAILLEUR_SOCIAL, { vue: "toutes" })).total).toBe(5);
  });

  it("filters by sending site; another structure's site or a malformed one never fails", async () => {
    const { w, f, sites } = await inboxWorld();
    expect(ids(await list(w.actors.RESPONSABLE, { vue: "toutes", ...MARCH, site: sites.fives.id }))).toEqual([f.lastMar, f.firstMar]);
    expect(ids(await list(w.actors.RESPONSABLE, { vue: "toutes", ...MARCH, site: sites.mds.id }))).toEqual([f.midMar]);
    expect((await list(w.actors.RESPONSABLE, { site: sites.fives.id })).total).toBe(3);
    expect(await list(w.actors.RESPONSABLE, { vue: "toutes", site: w.b.sites[0]!.id })).toEqual({ rows: [], total: 0, page: 1, pageSize: 25 });
    expect((await list(w.actors.RESPONSABLE, { vue: "toutes", site: "'; DROP TABLE x; --" })).total).toBe(5);
  });

  it("filters by assignee, in any view", async () => {
    const { w, f } = await inboxWorld();
    expect(ids(await list(w.actors.RESPONSABLE, { vue: "toutes", attribuee: w.users.ts.id }))).toEqual([f.lastMar, f.firstMar]);
    expect(ids(await list(w.actors.RESPONSABLE, { vue: "traitees", attribuee: w.users.ts2.id }))).toEqual([f.midMar]);
    expect((await list(w.actors.TRAVAILLEUR_SOCIAL, { vue: "miennes", attribuee: w.users.ts2.id })).total).toBe(0);
  });

  it("never lists another structure's fiches; the agent's and the admin's inbox is empty", async () => {
    const { w, f } = await inboxWorld();
    expect(ids(await list(w.actors.RESPONSABLE, { vue: "toutes" }))).not.toContain(f.foreign);
    expect(ids(await list(w.actors.OTHER_TS, { vue: "toutes", ...MARCH }))).toEqual([f.foreign]);
    expect((await list(w.actors.OTHER_TS, { vue: "toutes", site: w.a.sites[0]!.id })).total).toBe(0);
    for (const role of ["AGENT", "ADMIN", "OTHER_ADMIN"] as const) {
      expect(await list(w.actors[role], { vue: "toutes" }), role).toEqual({ rows: [], total: 0, page: 1, pageSize: 25 });
    }
  });

  it("pages past the former cap of 300, with the total of every matching fiche", async () => {
    const w = await makeWorld();
    const fives = w.a.sites.find((s) => s.kind === "MAIRIE_DE_QUARTIER")!;
    await db.ficheLiaison.createMany({
      data: Array.from({ length: 327 }, (_, i) => ({
        structureId: w.a.id, reference: `FL-2025-${String(i).padStart(6, "0")}`, siteId: fives.id, agentId: w.users.agent.id, nom: "P", prenom: `${i}`,
        urgence: "NORMALE" as const, consentementTexte: "D'accord", sentAt: new Date(Date.UTC(2025, 0, 1, 0, i)),
      })),
    });
    const last = await list(w.actors.RESPONSABLE, { page: "4", taille: "100" });
    expect(last).toMatchObject({ total: 327, page: 4, pageSize: 100 });
    expect(last.rows.map((r) => r.prenom)).toEqual(Array.from({ length: 27 }, (_, i) => `${300 + i}`));
    expect((await list(w.actors.RESPONSABLE, { page: "2" })).rows.map((r) => r.prenom)[0]).toBe("25");
  });
});

describe("the numbers of the dashboard", () => {
  it("match the list behind each figure: received (toutes over the period) and pending (à traiter), per site", async () => {
    const { w, sites } = await buildDashboardWorld();
    const period = { du: "2026-11-01", au: "2026-11-30" };
    let compared = 0;
    for (const actor of [w.actors.RESPONSABLE, w.actors.TRAVAILLEUR_SOCIAL, w.actors.TS2]) {
      const attribuee = actor.role === "RESPONSABLE" ? "" : actor.id;
      for (const site of ["", sites.fives.id, sites.mds.id]) {
        for (const f of await ficheFigures(dashboardScope(actor)!, filterOf({ ...period, site }), NOW)) {
          expect((await list(actor, { vue: "toutes", site: f.siteId, ...period, attribuee }, NOW)).total).toBe(f.recues);
          expect((await list(actor, { site: f.siteId, attribuee }, NOW)).total).toBe(f.enAttente);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(2);
  });
});

describe("the /fiches-liaison page (CCAS side)", () => {
  const render = async (actor: Actor, params: Record<string, string> = {}) => {
    actAs(actor);
    return renderToStaticMarkup(await FichesPage({ searchParams: Promise.resolve(params) }));
  };

  it("shows the view tabs keeping the filters, the labelled filter form, and the total", async () => {
    const { w, sites } = await inboxWorld();
    const html = await render(w.actors.RESPONSABLE, { vue: "toutes", site: sites.fives.id, ...MARCH });
    expect(html).toContain("2 fiches");
    for (const label of ["Site d&#x27;envoi", "Envoyées du", "Au (inclus)", "Attribuée à", "Lignes par page"]) {
      expect(html, label).toMatch(new RegExp(`<label for="[^"]+">${label.replace(/[()]/g, "\\$&")}</label>`));
    }
    expect(html).toContain('<input type="hidden" name="vue" value="toutes"/>');
    expect(html).toContain(`href="/fiches-liaison?site=${sites.fives.id}&amp;du=2026-03-01&amp;au=2026-03-31"`);
    expect(html).toContain(`href="/fiches-liaison?vue=traitees&amp;site=${sites.fives.id}&amp;du=2026-03-01&amp;au=2026-03-31"`);
    expect(html).toContain('<a href="/fiches-liaison?vue=toutes">Effacer les filtres</a>');
    expect(html).toContain("Toutes</a>");
    const none = await render(w.actors.RESPONSABLE, { vue: "toutes", site: w.b.sites[0]!.id });
    expect(none).toContain("Aucune fiche ne correspond à ces critères.");
    // The default view without filters keeps its message and its three open fiches.
    expect(await render(w.actors.TRAVAILLEUR_SOCIAL)).toContain("3 fiches");
  });

  it("pages with links that keep the view and the filters", async () => {
    const w = await makeWorld();
    const fives = w.a.sites.find((s) => s.kind === "MAIRIE_DE_QUARTIER")!;
    await db.ficheLiaison.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        structureId: w.a.id, reference: `FL-2025-${String(i).padStart(6, "0")}`, siteId: fives.id, agentId: w.users.agent.id, nom: "P", prenom: `${i}`,
        urgence: "NORMALE" as const, consentementTexte: "D'accord", sentAt: new Date(Date.UTC(2025, 0, 1, 0, i)),
      })),
    });
    const html = await render(w.actors.RESPONSABLE, { vue: "toutes", site: fives.id });
    expect(html).toContain("30 fiches");
    expect(html).toContain("Page 1 sur 2");
    expect(html).toContain(`href="/fiches-liaison?vue=toutes&amp;site=${fives.id}&amp;page=2">Suivant</a>`);
  });
});
