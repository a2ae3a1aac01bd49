// The downloads of the dashboard: content read back (XLSX parsed by exceljs, CSV as text), the
// "< 5" masking of the anonymised export, RESPONSABLE only, one audit row with the filters.
import { beforeEach, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db, resetDb } from "../helpers/db";
import { makeUsager } from "../helpers/factories";
import { exportAbs, exportDashboardTable, exportRapportActivite } from "@/lib/domain/dashboard/exports";
import { buildDashboardWorld, NOVEMBER, NOW } from "./dashboard-fixture";

let world: Awaited<ReturnType<typeof buildDashboardWorld>>;
beforeEach(async () => {
  await resetDb();
  world = await buildDashboardWorld();
});

async function sheets(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}
const rowsOf = (ws: ExcelJS.Worksheet) => {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => out.push((row.values as unknown[]).slice(1)));
  return out;
};

describe("one table as XLSX and CSV", () => {
  it("the aides table: French headers, real numbers in euros, the period and the site", async () => {
    const file = (await exportDashboardTable(world.w.actors.RESPONSABLE, "aides", "xlsx", NOVEMBER, NOW))!;
    expect(file.filename).toBe("tableau-de-bord-aides-2026-11-01-2026-11-30.xlsx");
    const ws = (await sheets(file.body)).worksheets[0]!;
    const rows = rowsOf(ws);
    expect(rows[0]).toEqual(["Aides facultatives par type, du 01/11/2026 au 30/11/2026"]);
    expect(rows[1]).toEqual(["Site : Tous les sites"]);
    expect(rows[3]).toEqual(["Type d'aide", "Demandes", "Montant demandé (€)", "Accordées", "Montant accordé (€)", "Refusées", "Décisions en attente", "Montant en attente (€)"]);
    expect(rows[4]).toEqual(["Aide alimentaire", 2, 150, 1, 80, 1, 1, 30]);
    expect(rows[5]).toEqual(["Énergie (électricité, gaz, fioul)", 1, 200, 0, 0, 0, 1, 200]);
    expect(ws.getColumn(3).numFmt).toBe('#,##0.00 "€"');
  });

  it("the fiches table as CSV: semicolons, decimal comma, delays in days, BOM", async () => {
    const file = (await exportDashboardTable(world.w.actors.RESPONSABLE, "fiches", "csv", NOVEMBER, NOW))!;
    const text = file.body.toString("utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).trim().split("\r\n");
    expect(lines[2]).toBe("Site d'envoi;Reçues sur la période;En attente;Plus ancienne en attente (jours);Envoi → premier contact (médiane) (jours);Envoi → premier contact (9e décile) (jours);Envoi → rendez-vous (médiane) (jours);Envoi → rendez-vous (9e décile) (jours)");
    // 50 d 4 h = 50,2 d; 26 h = 1,1 d; 45,2 h = 1,9 d; 7 d; 8,6 d.
    expect(lines[3]).toBe("Mairie de quartier de Fives;4;3;50,2;1,1;1,9;7;8,6");
  });

  it("is audited with its filters, and refused (null, nothing written) to every other role", async () => {
    await exportDashboardTable(world.w.actors.RESPONSABLE, "charge", "csv", { ...NOVEMBER, siteId: world.sites.fives.id }, NOW);
    const audit = await db.auditLog.findMany({ where: { action: "dashboard.export" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: world.w.users.responsable.id, structureId: world.w.a.id, entityType: "TableauDeBord" });
    expect(audit[0]!.details).toEqual({ export: "tableau", table: "charge", format: "csv", du: "2026-11-01", au: "2026-11-30", site: world.sites.fives.id });
    for (const actor of [world.w.actors.AGENT, world.w.actors.TRAVAILLEUR_SOCIAL, world.w.actors.ADMIN, world.w.actors.OTHER_TS]) {
      expect(await exportDashboardTable(actor, "charge", "xlsx", NOVEMBER, NOW)).toBeNull();
      expect(await exportRapportActivite(actor, 2026, NOW)).toBeNull();
      expect(await exportAbs(actor, 2026, NOW)).toBeNull();
    }
    // A site of another structure: nothing.
    const foreignSite = world.w.b.sites[0]!.id;
    expect(await exportDashboardTable(world.w.actors.RESPONSABLE, "charge", "xlsx", { ...NOVEMBER, siteId: foreignSite }, NOW)).toBeNull();
    expect(await db.auditLog.count({ where: { action: "dashboard.export" } })).toBe(1);
  });

  it("holds no name of a person and no confidential text", async () => {
    for (const key of ["charge", "fiches", "orientations", "aides", "quartiers", "ages", "menages"] as const) {
      const text = (await exportDashboardTable(world.w.actors.RESPONSABLE, key, "csv", NOVEMBER, NOW))!.body.toString("utf8");
      for (const secret of ["Note secrète", "Évaluation confidentielle", "Motif confidentiel", "Ficheperson", "Un A", "Deux"]) expect(text).not.toContain(secret);
    }
  });
});

describe("rapport d'activité (year, by site)", () => {
  it("one sheet per table, the structure then each site", async () => {
    const file = (await exportRapportActivite(world.w.actors.RESPONSABLE, 2026, NOW))!;
    expect(file.filename).toBe("rapport-activite-2026.xlsx");
    const wb = await sheets(file.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Charge", "Fiches de liaison", "Orientations", "Aides", "Quartiers", "Âges", "Ménages",
      "Passages par site", "Passages par motif", "Passages par réponse", "Passages par jour", "Passages par heure", "File d'attente"]);
    const aides = rowsOf(wb.getWorksheet("Aides")!);
    expect(aides[0]).toEqual(["Rapport d'activité 2026 : aides facultatives par type"]);
    expect(aides[3]![0]).toBe("Site");
    // The whole year: the October request counts too (3 alimentaires, 180 € asked).
    expect(aides[4]).toEqual(["Tous les sites", "Aide alimentaire", 3, 180, 1, 80, 1, 1, 30]);
    // Aids are all on U2, a dossier of the mairie de Fives.
    expect(aides.filter((r) => r[0] === "Mairie de quartier de Fives").map((r) => r[2])).toEqual([3, 1]);
    expect(aides.filter((r) => r[0] === "Maison des Solidarités")).toEqual([]);
    const audit = await db.auditLog.findFirst({ where: { action: "dashboard.export" } });
    expect(audit!.details).toEqual({ export: "rapport-activite", format: "xlsx", annee: 2026 });
  });
});

describe("anonymised export for the Analyse des besoins sociaux", () => {
  it("masks every count under 5 as « < 5 », keeps 5 and more, has no amount", async () => {
    // Five more new dossiers in Moulins: 5 is shown as is.
    for (let i = 0; i < 5; i++) await makeUsager(world.w.a, { nom: `Moulins${i}`, prenom: "X", quartier: "Moulins", createdAt: new Date("2026-03-10T10:00:00Z") });
    const file = (await exportAbs(world.w.actors.RESPONSABLE, 2026, NOW))!;
    const wb = await sheets(file.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Quartiers", "Âges", "Ménages", "Aides", "Fiches de liaison"]);
    const quartiers = rowsOf(wb.getWorksheet("Quartiers")!);
    expect(quartiers[1]).toEqual(["Données agrégées et anonymisées : tout effectif inférieur à 5 est affiché « < 5 »."]);
    expect(quartiers.slice(4)).toEqual([
      // Year 2026: Fives has U1 and U6 new, U1 and U3 active (U3 seen in October).
      ["Fives", "< 5", "< 5"],
      ["Moulins", 5, "< 5"],
      ["Non renseigné", "< 5", "< 5"],
      ["Wazemmes", "< 5", "< 5"],
    ]);
    const aides = rowsOf(wb.getWorksheet("Aides")!);
    expect(aides[3]).toEqual(["Type d'aide", "Demandes", "Accordées", "Refusées"]);
    expect(aides[4]).toEqual(["Aide alimentaire", "< 5", "< 5", "< 5"]);
    const all = wb.worksheets.flatMap((ws) => rowsOf(ws)).flat().map(String).join(" ");
    expect(all).not.toMatch(/€|Moulins0|Camille/);
    const audit = await db.auditLog.findFirst({ where: { action: "dashboard.export" } });
    expect(audit!.details).toEqual({ export: "abs", format: "xlsx", annee: 2026 });
  });
});
