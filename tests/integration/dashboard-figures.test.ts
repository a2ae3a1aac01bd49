// Every figure of the dashboard against the hand-computed world of dashboard-fixture.ts.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb } from "../helpers/db";
import { getDashboardFigures } from "@/lib/domain/dashboard/figures";
import { dashboardTables } from "@/lib/domain/dashboard/tables";
import { buildDashboardWorld, NOVEMBER, NOW } from "./dashboard-fixture";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let world: Awaited<ReturnType<typeof buildDashboardWorld>>;

beforeEach(async () => {
  await resetDb();
  world = await buildDashboardWorld();
});

const figuresOf = async (actor: Parameters<typeof getDashboardFigures>[0], filter = NOVEMBER) => (await getDashboardFigures(actor, filter, NOW))!.figures;

describe("dashboard figures for a RESPONSABLE (whole structure)", () => {
  it("caseload per worker: dossiers, open accompagnements, entretiens by channel, without contact", async () => {
    const f = await figuresOf(world.w.actors.RESPONSABLE);
    const ts = f.caseload.find((r) => r.userId === world.w.users.ts.id)!;
    expect(ts).toMatchObject({
      dossiers: 3, sansContact60: 2, sansContact90: 1,
      accompagnements: { INDIVIDUEL: 2, BUDGETAIRE: 0, LOGEMENT: 0, ERRANCE: 0 },
      entretiens: { BUREAU: 2, TELEPHONE: 1, VISITE_A_DOMICILE: 1, PERMANENCE_MAIRIE: 0, PERMANENCE: 0, COURRIER_EMAIL: 0, VISIO: 0 },
      entretiensTotal: 4, visitesADomicile: 1,
    });
    const ts2 = f.caseload.find((r) => r.userId === world.w.users.ts2.id)!;
    expect(ts2).toMatchObject({
      dossiers: 2, sansContact60: 1, sansContact90: 1,
      accompagnements: { INDIVIDUEL: 1, BUDGETAIRE: 0, LOGEMENT: 1, ERRANCE: 0 },
      // The entretien of 31/10 23:30 UTC is on 1 November in Paris.
      entretiens: { TELEPHONE: 1, VISITE_A_DOMICILE: 1, BUREAU: 0 }, entretiensTotal: 2, visitesADomicile: 1,
    });
    // Workers of the structure only (no agent, no admin, nobody of structure B).
    expect(f.caseload.map((r) => r.userId).sort()).toEqual([world.w.users.ts.id, world.w.users.ts2.id, world.w.users.responsable.id].sort());
  });

  it("fiches de liaison by mairie de quartier: received, pending with age, median and p90 delays", async () => {
    const f = await figuresOf(world.w.actors.RESPONSABLE);
    expect(f.fiches).toHaveLength(1);
    expect(f.fiches[0]).toEqual({
      siteId: world.sites.fives.id, site: "Mairie de quartier de Fives",
      recues: 4, enAttente: 3,
      // F5, sent 01/10 08:00 UTC, pending at 20/11 12:00 UTC.
      plusAncienne: 50 * DAY + 4 * HOUR,
      // First contact after 2 h, 26 h, 50 h: median 26 h; p90 = 26 + 0.8 × 24 = 45.2 h.
      premierContactMedian: 26 * HOUR, premierContactP90: Math.round(45.2 * HOUR),
      // Appointment 5 and 9 days after sending: median 7 days; p90 = 5 + 0.9 × 4 = 8.6 days.
      rdvMedian: 7 * DAY, rdvP90: Math.round(8.6 * DAY),
    });
  });

  it("orientations by destination and status, with answer delays in days", async () => {
    const f = await figuresOf(world.w.actors.RESPONSABLE);
    expect(f.orientations).toEqual([
      {
        partenaireId: world.partenaires.p1.id, partenaire: "Maison Nord Solidarités", total: 3,
        parStatut: { ENVOYEE: 1, ACCUSEE: 0, ACCEPTEE: 1, REFUSEE: 1, REALISEE: 0, SANS_REPONSE: 0 },
        // Acknowledged after 2 and 2 days; answered after 7 and 3 days: median 5, p90 3 + 0.9 × 4.
        accuseMedian: 2, reponseMedian: 5, reponseP90: 6.6,
      },
      {
        partenaireId: world.partenaires.p2.id, partenaire: "PMI de Fives", total: 1,
        parStatut: { ENVOYEE: 0, ACCUSEE: 1, ACCEPTEE: 0, REFUSEE: 0, REALISEE: 0, SANS_REPONSE: 0 },
        accuseMedian: 1, reponseMedian: null, reponseP90: null,
      },
    ]);
  });

  it("aides requested vs granted by type, and the decisions pending now", async () => {
    const f = await figuresOf(world.w.actors.RESPONSABLE);
    expect(f.aides).toEqual([
      { type: "ALIMENTAIRE", demandees: 2, demandeCents: 15_000, accordees: 1, accordeCents: 8_000, refusees: 1, enAttente: 1, enAttenteCents: 3_000 },
      { type: "ENERGIE", demandees: 1, demandeCents: 20_000, accordees: 0, accordeCents: 0, refusees: 0, enAttente: 1, enAttenteCents: 20_000 },
    ]);
  });

  it("new and active dossiers by quartier, age band and household type", async () => {
    const f = await figuresOf(world.w.actors.RESPONSABLE);
    expect(f.usagers.nouveaux).toBe(2);
    expect(f.usagers.actifs).toBe(3);
    expect(f.usagers.parQuartier).toEqual([
      { cle: "Fives", libelle: "Fives", nouveaux: 2, actifs: 1 },
      { cle: "Non renseigné", libelle: "Non renseigné", nouveaux: 0, actifs: 1 },
      { cle: "Wazemmes", libelle: "Wazemmes", nouveaux: 0, actifs: 1 },
    ]);
    expect(f.usagers.parAge.map((r) => [r.cle, r.nouveaux, r.actifs])).toEqual([["moins25", 0, 1], ["25-39", 1, 1], ["40-59", 1, 0], ["75plus", 0, 1]]);
    expect(f.usagers.parMenage.map((r) => [r.cle, r.nouveaux, r.actifs])).toEqual([["seul", 0, 1], ["coupleEnfants", 1, 1], ["monoparental", 0, 1], ["autre", 1, 0]]);
  });

  it("filters by site: dossiers of that site, fiches sent from it", async () => {
    const f = await figuresOf(world.w.actors.RESPONSABLE, { ...NOVEMBER, siteId: world.sites.fives.id });
    const ts = f.caseload.find((r) => r.userId === world.w.users.ts.id)!;
    expect(ts).toMatchObject({ dossiers: 1, sansContact60: 1, entretiensTotal: 1, accompagnements: { INDIVIDUEL: 1 } });
    expect(f.usagers).toMatchObject({ nouveaux: 0, actifs: 1 });
    expect(f.fiches[0]!.recues).toBe(4);
    expect(f.orientations).toEqual([]);
    const mds = await figuresOf(world.w.actors.RESPONSABLE, { ...NOVEMBER, siteId: world.sites.mds.id });
    expect(mds.fiches).toEqual([]);
    expect(mds.aides).toEqual([]);
  });

  it("links every number of the caseload to the /usagers list with the same filters", async () => {
    const tables = dashboardTables(await figuresOf(world.w.actors.RESPONSABLE), { du: "2026-11-01", au: "2026-11-30", site: "", workerId: null });
    const charge = tables.find((t) => t.key === "charge")!;
    const row = charge.rows.find((r) => r[1]!.href?.includes(world.w.users.ts.id))!;
    expect(row[1]).toEqual({ v: 3, href: `/usagers?referent=${world.w.users.ts.id}` });
    expect(row[2]).toEqual({ v: 2, href: `/usagers?referent=${world.w.users.ts.id}&accompagnement=INDIVIDUEL&statut=tous` });
    expect(row.at(-2)).toEqual({ v: 2, href: `/usagers?referent=${world.w.users.ts.id}&sansContact=60` });
    // A zero links nowhere.
    expect(row[3]).toEqual({ v: 0 });
  });
});

describe("who sees what", () => {
  it("a travailleur social sees their own caseload only", async () => {
    const f = await figuresOf(world.w.actors.TRAVAILLEUR_SOCIAL);
    expect(f.caseload.map((r) => r.userId)).toEqual([world.w.users.ts.id]);
    expect(f.usagers).toMatchObject({ nouveaux: 1, actifs: 2 });
    expect(f.fiches).toHaveLength(1);
    expect(f.fiches[0]).toMatchObject({ recues: 1, enAttente: 0, premierContactMedian: 2 * HOUR });
    expect(f.orientations.map((o) => [o.partenaire, o.total])).toEqual([["Maison Nord Solidarités", 1]]);
    expect(f.aides).toEqual([{ type: "ALIMENTAIRE", demandees: 1, demandeCents: 10_000, accordees: 1, accordeCents: 8_000, refusees: 0, enAttente: 0, enAttenteCents: 0 }]);
  });

  it("AGENT and ADMIN get nothing (the page answers 404)", async () => {
    expect(await getDashboardFigures(world.w.actors.AGENT, NOVEMBER, NOW)).toBeNull();
    expect(await getDashboardFigures(world.w.actors.ADMIN, NOVEMBER, NOW)).toBeNull();
  });

  it("another structure sees none of A's activity, even with A's site in the filter", async () => {
    const f = await figuresOf(world.w.actors.OTHER_TS);
    expect(f.caseload.map((r) => r.userId)).toEqual([world.w.users.otherTs.id]);
    expect(f.fiches).toEqual([]);
    expect(f.orientations).toEqual([]);
    expect(f.aides).toEqual([]);
    expect(f.usagers).toMatchObject({ nouveaux: 1, actifs: 1 });
    const withSite = await figuresOf(world.w.actors.OTHER_TS, { ...NOVEMBER, siteId: world.sites.fives.id });
    expect(withSite.usagers).toMatchObject({ nouveaux: 0, actifs: 0 });
    expect(withSite.fiches).toEqual([]);
  });

  it("no confidential content in the figures", async () => {
    const json = JSON.stringify(await figuresOf(world.w.actors.RESPONSABLE));
    for (const secret of ["Note secrète", "Évaluation confidentielle", "Motif confidentiel", "Point de situation", "Ficheperson"]) expect(json).not.toContain(secret);
  });
});
