// The structure's entretiens list (/entretiens): who sees it, each filter, the Paris-midnight
// edges of a period (summer and winter time, and the days DST changes), paging, and that its
// total is the dashboard's figure for the same auteur, canal, period and site.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { renderToStaticMarkup } from "react-dom/server";
import EntretiensPage from "@/app/(app)/entretiens/page";
import type { Actor } from "@/lib/auth/actor";
import { listEntretienAuteurOptions, listEntretienSiteOptions, listEntretiens } from "@/lib/domain/entretiens/list";
import { parseEntretienListParams, type EntretienListParams } from "@/lib/domain/entretiens/list-params";
import { caseloadFigures } from "@/lib/domain/dashboard/caseload";
import { filterOf } from "@/lib/domain/dashboard/period";
import { dashboardScope } from "@/lib/auth/scopes/dashboard";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { actorOf, makeUsager, makeUser, makeWorld } from "../helpers/factories";

type Canal = "BUREAU" | "VISITE_A_DOMICILE" | "TELEPHONE" | "PERMANENCE_MAIRIE" | "COURRIER_EMAIL" | "VISIO";
const NOTE = "Notesecretemarqueur";
const RESUME = "Resumelibremarqueur";
const ALL: EntretienListParams = { du: "", au: "", canal: "", auteur: "", site: "", page: 1, taille: 100 };
const P = (patch: Partial<EntretienListParams>): EntretienListParams => ({ ...ALL, ...patch });

let w: Awaited<ReturnType<typeof makeWorld>>;
let ids: Record<string, string>;
let mds: string;
let fives: string;

async function ent(structureId: string, usagerId: string, authorId: string, iso: string, canal: Canal) {
  const e = await db.entretien.create({
    data: { structureId, usagerId, authorId, date: new Date(iso), dureeMinutes: 45, canal, objets: ["BUDGET", "LOGEMENT"], resume: RESUME, noteConfidentielle: NOTE },
  });
  return e.id;
}

beforeEach(async () => {
  await resetDb();
  w = await makeWorld();
  mds = w.a.sites.find((s) => s.kind === "MAISON_DES_SOLIDARITES")!.id;
  fives = w.a.sites.find((s) => s.kind === "MAIRIE_DE_QUARTIER")!.id;
  const { ts, ts2, responsable, otherTs } = w.users;
  const uMds = await makeUsager(w.a, { nom: "Martin", prenom: "Alice" });
  const uFives = await makeUsager(w.a, { nom: "Bernard", prenom: "Bruno" });
  const uNoSite = await makeUsager(w.a, { nom: "Petit", prenom: "Chloé" });
  const uOther = await makeUsager(w.b, { nom: "Voisin", prenom: "Denis" });
  await db.usager.update({ where: { id: uMds.id }, data: { siteId: mds } });
  await db.usager.update({ where: { id: uFives.id }, data: { siteId: fives } });
  ids = {
    // 25/10/2026 is the day winter time starts: Paris is UTC+1 at the following midnight.
    oct25Late: await ent(w.a.id, uMds.id, ts.id, "2026-10-25T22:30:00Z", "BUREAU"), // 25/10 23:30 Paris
    oct26Early: await ent(w.a.id, uMds.id, ts.id, "2026-10-25T23:10:00Z", "BUREAU"), // 26/10 00:10 Paris
    jul14Late: await ent(w.a.id, uFives.id, ts2.id, "2026-07-14T21:30:00Z", "TELEPHONE"), // 14/07 23:30 Paris (UTC+2)
    jul15Early: await ent(w.a.id, uFives.id, ts2.id, "2026-07-14T22:10:00Z", "TELEPHONE"), // 15/07 00:10 Paris
    // 29/03/2026 is the day summer time starts, at 2:00: its midnight is still UTC+1.
    mar28Late: await ent(w.a.id, uNoSite.id, responsable.id, "2026-03-28T22:50:00Z", "VISITE_A_DOMICILE"), // 28/03 23:50 Paris
    mar29Early: await ent(w.a.id, uNoSite.id, responsable.id, "2026-03-28T23:10:00Z", "VISITE_A_DOMICILE"), // 29/03 00:10 Paris
    nov1Early: await ent(w.a.id, uFives.id, ts.id, "2026-10-31T23:10:00Z", "VISIO"), // 01/11 00:10 Paris
    sep10: await ent(w.a.id, uMds.id, ts.id, "2026-09-10T08:00:00Z", "BUREAU"),
    foreign: await ent(w.b.id, uOther.id, otherTs.id, "2026-10-20T08:00:00Z", "BUREAU"),
  };
});

const idsOf = async (actor: Actor, params: EntretienListParams) => (await listEntretiens(actor, params)).rows.map((r) => r.id).sort();
const pick = (...keys: string[]) => keys.map((k) => ids[k]!).sort();
const A_KEYS = ["oct25Late", "oct26Early", "jul14Late", "jul15Early", "mar28Late", "mar29Early", "nov1Early", "sep10"];

describe("who sees the list", () => {
  it("shows a TS and a RESPONSABLE every entretien of their structure, none of another", async () => {
    for (const actor of [w.actors.TRAVAILLEUR_SOCIAL, w.actors.RESPONSABLE, w.actors.TS2]) {
      const list = await listEntretiens(actor, ALL);
      expect(list.total).toBe(8);
      expect(list.rows.map((r) => r.id).sort()).toEqual(pick(...A_KEYS));
    }
    expect(await idsOf(w.actors.OTHER_TS, ALL)).toEqual(pick("foreign"));
  });

  it("gives the AGENT, the reception agent and the ADMIN nothing, not even the filter options", async () => {
    const reception = actorOf(await makeUser(w.a, "AGENT", { siteId: mds }));
    for (const actor of [w.actors.AGENT, reception, w.actors.ADMIN]) {
      expect(await listEntretiens(actor, ALL)).toEqual({ rows: [], total: 0, page: 1, pageSize: 100 });
      expect(await listEntretienAuteurOptions(actor)).toEqual([]);
      expect(await listEntretienSiteOptions(actor)).toEqual([]);
    }
  });

  it("answers 404 from the page for those roles, and renders it for the social ones", async () => {
    const reception = actorOf(await makeUser(w.a, "AGENT", { siteId: mds }));
    const searchParams = Promise.resolve({});
    for (const actor of [w.actors.AGENT, reception, w.actors.ADMIN]) {
      actAs(actor);
      await expect(EntretiensPage({ searchParams })).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    }
    for (const actor of [w.actors.TRAVAILLEUR_SOCIAL, w.actors.RESPONSABLE]) {
      actAs(actor);
      await expect(EntretiensPage({ searchParams: Promise.resolve({ du: "", au: "" }) })).resolves.toBeTruthy();
    }
  });

  it("renders the total, the rows, a pager keeping the filters and labelled fields, without any free text", async () => {
    const u = await makeUsager(w.a, { nom: "Nombreux", prenom: "Eva" });
    for (let i = 0; i < 27; i++) await ent(w.a.id, u.id, w.users.ts.id, `2026-05-${String(i + 1).padStart(2, "0")}T10:00:00Z`, "PERMANENCE_MAIRIE");
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const html = renderToStaticMarkup(await EntretiensPage({ searchParams: Promise.resolve({ du: "2026-05-01", au: "", canal: "PERMANENCE_MAIRIE" }) }));
    expect(html).toContain("27 entretiens");
    expect(html).toContain("Page 1 sur 2");
    expect(html).toContain('href="/entretiens?du=2026-05-01&amp;au=&amp;canal=PERMANENCE_MAIRIE&amp;page=2"');
    expect(html).toContain("NOMBREUX Eva");
    expect(html).toContain("27/05/2026 à 12:00");
    expect(html).toContain("Budget, Logement");
    expect(html).toContain('href="/entretiens"');
    for (const label of ["Du", "Au (inclus)", "Canal", "Auteur", "Site du dossier", "Lignes par page"]) expect(html).toMatch(new RegExp(`<label for="[^"]+">${label.replace(/[()]/g, "\\$&")}</label>`));
    expect(html).not.toContain(NOTE);
    expect(html).not.toContain(RESUME);
  });

  it("never returns the confidential note nor the summary, even to their author", async () => {
    const list = await listEntretiens(w.actors.TRAVAILLEUR_SOCIAL, ALL);
    expect(list.rows.length).toBe(8);
    const json = JSON.stringify(list);
    expect(json).not.toContain(NOTE);
    expect(json).not.toContain(RESUME);
    expect(Object.keys(list.rows[0]!).sort()).toEqual(["auteur", "canal", "date", "dureeMinutes", "id", "objets", "usager"]);
  });

  it("gives each row its dossier, author's name and objets, newest first", async () => {
    const { rows } = await listEntretiens(w.actors.RESPONSABLE, ALL);
    expect(rows.map((r) => r.date.getTime())).toEqual([...rows.map((r) => r.date.getTime())].sort((a, b) => b - a));
    const row = rows.find((r) => r.id === ids.jul14Late)!;
    expect(row).toMatchObject({ canal: "TELEPHONE", dureeMinutes: 45, objets: ["BUDGET", "LOGEMENT"], auteur: `${w.users.ts2.firstName} ${w.users.ts2.lastName}` });
    expect(row.usager).toMatchObject({ nom: "Bernard", prenom: "Bruno" });
    expect(row.usager.numeroDossier).toBeTruthy();
  });
});

describe("filters", () => {
  it("filters by canal, auteur and the dossier's site", async () => {
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    expect(await idsOf(ts, P({ canal: "VISITE_A_DOMICILE" }))).toEqual(pick("mar28Late", "mar29Early"));
    expect(await idsOf(ts, P({ auteur: w.users.ts2.id }))).toEqual(pick("jul14Late", "jul15Early"));
    expect(await idsOf(ts, P({ auteur: w.users.ts.id, canal: "BUREAU" }))).toEqual(pick("oct25Late", "oct26Early", "sep10"));
    expect(await idsOf(ts, P({ site: mds }))).toEqual(pick("oct25Late", "oct26Early", "sep10"));
    expect(await idsOf(ts, P({ site: fives, auteur: w.users.ts.id }))).toEqual(pick("nov1Early"));
    expect((await listEntretiens(ts, P({ site: fives }))).total).toBe(3);
  });

  it("matches nothing, without an error, for another structure's site or author", async () => {
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    const foreignSite = w.b.sites[0]!.id;
    expect(await listEntretiens(ts, P({ site: foreignSite }))).toMatchObject({ rows: [], total: 0 });
    expect(await listEntretiens(ts, P({ auteur: w.users.otherTs.id }))).toMatchObject({ rows: [], total: 0 });
    expect(await listEntretiens(ts, P({ auteur: w.users.otherTs.id, du: "2026-10-01", au: "2026-10-31" }))).toMatchObject({ rows: [], total: 0 });
  });

  it("takes au as a whole Paris day: 23:30 on au is in, 00:10 the next day is out (winter time change)", async () => {
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    for (const site of ["", mds]) {
      // Within one month (rows only) and across whole months (monthly summary plus edges).
      for (const du of ["2026-10-20", "2026-09-01", ""]) {
        const list = await listEntretiens(ts, P({ du, au: "2026-10-25", canal: "BUREAU", site }));
        const expected = du === "2026-10-20" ? pick("oct25Late") : pick("oct25Late", "sep10");
        expect(list.rows.map((r) => r.id).sort(), `du=${du} site=${site}`).toEqual(expected);
        expect(list.total, `du=${du} site=${site}`).toBe(expected.length);
      }
      const next = await listEntretiens(ts, P({ du: "2026-10-26", au: "2026-10-26", site }));
      expect(next.rows.map((r) => r.id)).toEqual(pick("oct26Early"));
      expect(next.total).toBe(1);
    }
  });

  it("takes au as a whole Paris day in summer time too", async () => {
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    for (const site of ["", fives]) {
      for (const [du, au, keys] of [
        ["2026-07-14", "2026-07-14", ["jul14Late"]],
        ["2026-07-15", "2026-07-15", ["jul15Early"]],
        ["2026-06-01", "2026-07-14", ["jul14Late"]],
        ["2026-07-15", "2026-08-31", ["jul15Early"]],
      ] as const) {
        const list = await listEntretiens(ts, P({ du, au, site }));
        expect(list.rows.map((r) => r.id).sort(), `${du}..${au} site=${site}`).toEqual(pick(...keys));
        expect(list.total, `${du}..${au} site=${site}`).toBe(keys.length);
      }
    }
  });

  it("starts du at Paris midnight, on the day summer time starts", async () => {
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    for (const [du, au, keys] of [
      ["2026-03-29", "2026-03-31", ["mar29Early"]],
      ["2026-03-29", "", ["mar29Early", "jul14Late", "jul15Early", "sep10", "oct25Late", "oct26Early", "nov1Early"]],
      ["2026-03-01", "2026-03-28", ["mar28Late"]],
      ["", "2026-03-28", ["mar28Late"]],
    ] as const) {
      const list = await listEntretiens(ts, P({ du, au, canal: "" }));
      expect(list.rows.map((r) => r.id).sort(), `${du}..${au}`).toEqual(pick(...keys));
      expect(list.total, `${du}..${au}`).toBe(keys.length);
    }
  });

  it("counts an entretien at 00:10 Paris on 1 November in November, not in October", async () => {
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    const october = await listEntretiens(ts, P({ du: "2026-10-01", au: "2026-10-31", canal: "VISIO" }));
    expect(october.total).toBe(0);
    const november = await listEntretiens(ts, P({ du: "2026-11-01", au: "2026-11-30", canal: "VISIO" }));
    expect(november.rows.map((r) => r.id)).toEqual(pick("nov1Early"));
    expect(november.total).toBe(1);
  });
});

describe("paging", () => {
  it("pages 27 entretiens by 25, newest first, with the total on every page", async () => {
    const u = await makeUsager(w.a, { nom: "Nombreux", prenom: "Eva" });
    const made: string[] = [];
    for (let i = 0; i < 27; i++) made.push(await ent(w.a.id, u.id, w.users.ts2.id, `2026-05-${String(i + 1).padStart(2, "0")}T10:00:00Z`, "PERMANENCE_MAIRIE"));
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    const params = P({ du: "2026-05-01", au: "2026-05-31", taille: 25 });
    const one = await listEntretiens(ts, params);
    const two = await listEntretiens(ts, { ...params, page: 2 });
    const three = await listEntretiens(ts, { ...params, page: 3 });
    expect([one.total, two.total, three.total]).toEqual([27, 27, 27]);
    expect(one.rows.length).toBe(25);
    expect(two.rows.length).toBe(2);
    expect(three.rows).toEqual([]);
    expect([...one.rows, ...two.rows].map((r) => r.id)).toEqual([...made].reverse());
    expect(two).toMatchObject({ page: 2, pageSize: 25 });
  });
});

describe("URL parameters", () => {
  const NOW = new Date("2026-11-20T23:30:00Z"); // 21/11 00:30 in Paris

  it("defaults to the last 30 Paris days when the URL names no period", () => {
    expect(parseEntretienListParams({}, NOW)).toEqual({ du: "2026-10-23", au: "2026-11-21", canal: "", auteur: "", site: "", page: 1, taille: 25 });
    expect(parseEntretienListParams({ canal: "VISIO" }, NOW)).toMatchObject({ du: "2026-10-23", au: "2026-11-21", canal: "VISIO" });
  });

  it("keeps a period open on a side left empty, and any date when both are", () => {
    expect(parseEntretienListParams({ du: "", au: "" }, NOW)).toMatchObject({ du: "", au: "" });
    expect(parseEntretienListParams({ du: "2026-01-01" }, NOW)).toMatchObject({ du: "2026-01-01", au: "" });
  });

  it("falls back to defaults on malformed values", () => {
    const id = "0b6c2a3e-6f0e-4a53-9d59-2f6d1d0b7c11";
    expect(parseEntretienListParams({ du: "2026-02-30", au: "hier", canal: "FAX", auteur: "moi", site: "1", page: "-2", taille: "30" }, NOW))
      .toEqual({ du: "", au: "", canal: "", auteur: "", site: "", page: 1, taille: 25 });
    expect(parseEntretienListParams({ du: ["2026-01-01", "x"], au: "2026-01-31", canal: "VISITE_A_DOMICILE", auteur: id, site: id, page: "3", taille: "100" }, NOW))
      .toEqual({ du: "2026-01-01", au: "2026-01-31", canal: "VISITE_A_DOMICILE", auteur: id, site: id, page: 3, taille: 100 });
  });
});

describe("the dashboard's figures", () => {
  it("equal the list's total for each auteur and canal, with and without a site", async () => {
    const resp = w.actors.RESPONSABLE;
    const scope = dashboardScope(resp)!;
    const periods = [["2026-10-01", "2026-10-25"], ["2026-09-01", "2026-10-31"], ["2026-03-29", "2026-11-30"], ["2025-12-15", "2027-01-10"], ["2026-07-14", "2026-07-15"]];
    for (const [du, au] of periods) {
      for (const site of ["", mds, fives]) {
        const rows = await caseloadFigures(scope, filterOf({ du: du!, au: au!, site }));
        for (const row of rows) {
          const label = `${row.nom} ${du}..${au} site=${site}`;
          for (const [canal, n] of Object.entries(row.entretiens)) {
            expect((await listEntretiens(resp, P({ du, au, site, auteur: row.userId, canal: canal as Canal }))).total, `${label} ${canal}`).toBe(n);
          }
          expect((await listEntretiens(resp, P({ du, au, site, auteur: row.userId }))).total, label).toBe(row.entretiensTotal);
        }
      }
    }
  });
});
