// The accueil's figures on a real database: passages by site, day, hour, motif and answer
// (anonymous ones counted, never dossiers), the walk-in queue (people seen, median and 9th
// decile of the wait, left without being seen); each linked number is the total of the list it
// opens; the rapport d'activité carries them for the structure and each site.
import { beforeEach, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { accueilDashboardFigures, accueilDashboardTables } from "@/lib/domain/accueil/dashboard";
import { readPassageListParams } from "@/lib/domain/accueil/list-params";
import { listPassages } from "@/lib/domain/accueil/passage-queries";
import { exportRapportActivite } from "@/lib/domain/dashboard/exports";
import { yearFilter } from "@/lib/domain/dashboard/period";
import { parisLocalToDate } from "@/lib/domain/shared/paris-time";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";

beforeEach(resetDb);

const at = (local: string) => parisLocalToDate(local)!;
// Stored timestamps are UTC without a zone: hours and days are read in Paris (09:15 Paris is 08:15 UTC in March).
const MARCH = { from: at("2026-03-01T00:00"), to: at("2026-04-01T00:00"), siteId: null };

async function world() {
  const w = await makeWorld();
  const mairie = w.a.sites.find((s) => s.kind === "MAIRIE_DE_QUARTIER")!;
  const mds = w.a.sites.find((s) => s.kind === "MAISON_DES_SOLIDARITES")!;
  const usager = await makeUsager(w.a, { nom: "Lefèvre", prenom: "François" });
  const passage = (siteId: string, survenuLe: string, motifs: string[], reponse: string, usagerId: string | null = null, structureId = w.a.id) =>
    db.passage.create({ data: { structureId, siteId, usagerId, prenom: usagerId ? null : "K. B.", motifs: motifs as never, reponse: reponse as never, survenuLe: at(survenuLe), enregistreParId: w.users.agent.id } });
  await passage(mairie.id, "2026-03-10T09:15", ["LOGEMENT", "AIDE_FINANCIERE"], "INFORMATION");
  await passage(mairie.id, "2026-03-10T09:40", ["LOGEMENT"], "RENDEZ_VOUS", usager.id);
  await passage(mds.id, "2026-03-11T14:05", ["SANTE"], "VU_PAR_TS");
  await passage(mds.id, "2026-02-27T10:00", ["SANTE"], "INFORMATION"); // another month
  await passage(w.b.sites[0]!.id, "2026-03-10T10:00", ["SANTE"], "INFORMATION", null, w.b.id); // another structure
  // The queue of 10 March: waits of 10, 20, 30 and 40 minutes for those seen; one left, one redirected.
  const entry = (ticket: number, status: string, arrivee: string, sortie: string | null) => db.fileAttenteEntree.create({
    data: { structureId: w.a.id, siteId: mairie.id, jour: new Date("2026-03-10T00:00:00Z"), ticket, prenom: "P", motif: "LOGEMENT", status: status as never,
      arriveeLe: at(`2026-03-10T${arrivee}`), sortieLe: sortie ? at(`2026-03-10T${sortie}`) : null, ajouteParId: w.users.agent.id, traiteParId: sortie ? w.users.ts.id : null },
  });
  await entry(1, "PRIS_EN_CHARGE", "13:30", "13:40");
  await entry(2, "PRIS_EN_CHARGE", "13:30", "13:50");
  await entry(3, "PRIS_EN_CHARGE", "13:30", "14:00");
  await entry(4, "PRIS_EN_CHARGE", "13:30", "14:10");
  await entry(5, "PARTI", "13:35", "14:30");
  await entry(6, "REORIENTE", "13:40", "13:45");
  return { w, mairie, mds };
}

describe("the accueil's figures", () => {
  it("counts passages by site, motif, answer, day and hour, and the queue", async () => {
    const { w, mairie, mds } = await world();
    const f = (await accueilDashboardFigures(w.actors.RESPONSABLE, MARCH))!;
    expect(f.total).toBe(3);
    expect(f.anonymes).toBe(2);
    expect(f.parSite.map((r) => [r.siteId, r.n, r.anonymes])).toEqual([[mairie.id, 2, 1], [mds.id, 1, 1]]);
    expect(Object.fromEntries(f.parMotif.map((r) => [r.motif, r.n]))).toEqual({ AIDE_FINANCIERE: 1, LOGEMENT: 2, SANTE: 1 });
    expect(Object.fromEntries(f.parReponse.map((r) => [r.reponse, r.n]))).toEqual({ INFORMATION: 1, RENDEZ_VOUS: 1, VU_PAR_TS: 1 });
    expect(f.parJour).toEqual([{ jour: "2026-03-10", n: 2 }, { jour: "2026-03-11", n: 1 }]);
    expect(f.parHeure).toEqual([{ heure: 9, n: 2 }, { heure: 14, n: 1 }]);
    expect(f.file).toEqual({ inscrits: 6, vus: 4, partis: 1, reorientes: 1, attenteMediane: 25, attenteD9: 37 });
    // A site filter narrows everything; the agent and the ADMIN have no dashboard.
    const atMds = (await accueilDashboardFigures(w.actors.TRAVAILLEUR_SOCIAL, { ...MARCH, siteId: mds.id }))!;
    expect([atMds.total, atMds.file.inscrits]).toEqual([1, 0]);
    expect(await accueilDashboardFigures(w.actors.AGENT, MARCH)).toBeNull();
    expect(await accueilDashboardFigures(w.actors.ADMIN, MARCH)).toBeNull();
  });

  it("each linked number is the total of the list it opens", async () => {
    const { w } = await world();
    const f = (await accueilDashboardFigures(w.actors.RESPONSABLE, MARCH))!;
    const tables = accueilDashboardTables(f, { du: "2026-03-01", au: "2026-03-31", site: "" });
    let links = 0;
    for (const t of tables) {
      for (const row of t.rows) {
        for (const cell of row) {
          if (!cell.href) continue;
          links++;
          const url = new URL(cell.href, "http://x");
          expect(url.pathname).toBe("/passages/liste");
          const { total } = await listPassages(w.actors.RESPONSABLE, readPassageListParams(Object.fromEntries(url.searchParams)));
          expect(total, `${t.title} · ${String(row[0]!.v)}`).toBe(cell.v);
        }
      }
    }
    expect(links).toBeGreaterThan(8);
  });

  it("the rapport d'activité has the accueil's sheets, for the structure then each site; never a name", async () => {
    const { w } = await world();
    const file = (await exportRapportActivite(w.actors.RESPONSABLE, 2026, at("2026-12-01T10:00")))!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as unknown as ArrayBuffer);
    const rows = (name: string) => {
      const out: unknown[][] = [];
      wb.getWorksheet(name)!.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
      return out;
    };
    const sites = rows("Passages par site");
    expect(sites.some((r) => r[0] === "Tous les sites" && r[1] === "Total" && r[2] === 4)).toBe(true);
    expect(rows("File d'attente").some((r) => r[0] === "Tous les sites" && r[1] === "Personnes reçues" && r[2] === 4)).toBe(true);
    for (const name of ["Passages par site", "Passages par motif", "File d'attente"]) expect(JSON.stringify(rows(name))).not.toMatch(/Lefèvre|K\. B\./);
    expect(yearFilter(2026).siteId).toBeNull();
  });
});
