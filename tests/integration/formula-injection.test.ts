// Formula injection (issue 23, finding 6): a quartier, a site or a structure name typed as
// =HYPERLINK(…), +…, -…, @…, or starting with a tab or CR, comes out of every CSV and XLSX the
// app writes as inert text (prefixed with an apostrophe); the app's own numbers stay numbers.
import { beforeEach, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { db, resetDb } from "../helpers/db";
import { makeUsager } from "../helpers/factories";
import { exportAbs, exportDashboardTable, exportRapportActivite } from "@/lib/domain/dashboard/exports";
import { renderReportXlsx } from "@/lib/domain/domiciliation/report-xlsx";
import { neutraliseText } from "@/lib/domain/shared/spreadsheet-cell";
import { buildDashboardWorld, NOVEMBER, NOW } from "./dashboard-fixture";

const EVIL = '=HYPERLINK("x")';
let world: Awaited<ReturnType<typeof buildDashboardWorld>>;
beforeEach(async () => {
  await resetDb();
  world = await buildDashboardWorld();
  for (let i = 0; i < 6; i++) await makeUsager(world.w.a, { nom: `Formule${i}`, prenom: "X", quartier: EVIL, createdAt: new Date("2026-11-12T10:00:00Z") });
  await db.site.update({ where: { id: world.sites.fives.id }, data: { name: "@SOMME(A1)" } });
});

async function cells(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const out: unknown[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => out.push(c.value))));
  return out;
}
const isLive = (v: unknown) => typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v);
const dangerous = (v: unknown) => typeof v === "string" && /^[=+\-@\t\r]/.test(v);

describe("formula injection", () => {
  it("the helper prefixes every dangerous start and leaves the rest", () => {
    for (const s of ["=1+1", "+33 6", "-2", "@SUM(A1)", "\tx", "\rx"]) expect(neutraliseText(s)).toBe(`'${s}`);
    for (const s of ["Fives", "< 5", "", "1,5", "'déjà"]) expect(neutraliseText(s)).toBe(s);
  });

  it("the dashboard CSV: the quartier and the site are inert text", async () => {
    for (const key of ["quartiers", "fiches"] as const) {
      const file = (await exportDashboardTable(world.w.actors.RESPONSABLE, key, "csv", NOVEMBER, NOW))!;
      const rows = parse(file.body.toString("utf8").slice(1), { delimiter: ";", relax_column_count: true }) as string[][];
      const flat = rows.flat();
      expect(flat.filter(dangerous)).toEqual([]);
      if (key === "quartiers") expect(flat).toContain(`'${EVIL}`);
      else expect(flat).toContain("'@SOMME(A1)");
    }
  });

  it("the dashboard XLSX, the rapport d'activité and the ABS export: no formula, no dangerous text, numbers kept", async () => {
    const files = [
      (await exportDashboardTable(world.w.actors.RESPONSABLE, "quartiers", "xlsx", NOVEMBER, NOW))!,
      (await exportRapportActivite(world.w.actors.RESPONSABLE, 2026, NOW))!,
      (await exportAbs(world.w.actors.RESPONSABLE, 2026, NOW))!,
    ];
    for (const file of files) {
      const values = await cells(file.body);
      expect(values.filter(isLive)).toEqual([]);
      expect(values.filter(dangerous)).toEqual([]);
      expect(values).toContain(`'${EVIL}`);
    }
    // ABS: 6 new usagers in the quartier, a real number (not masked, not text).
    const abs = await cells(files[2]!.body);
    expect(abs.some((v) => typeof v === "number")).toBe(true);
  });

  it("the domiciliation report XLSX: a structure name typed as a formula is inert", async () => {
    const body = await renderReportXlsx({
      annee: 2026, structure: "x", enVigueur31Decembre: 3, personnesDomiciliees31Decembre: 4, demandesRecues: 5, accordees: 3,
      renouvelees: 1, refusees: 1, terminees: 0, motifsRefus: [{ motif: EVIL, nombre: 1 }], motifsFin: [{ motif: "-1", nombre: 2 }],
    });
    const values = await cells(body);
    expect(values.filter(isLive)).toEqual([]);
    expect(values.filter(dangerous)).toEqual([]);
    expect(values).toContain(`'${EVIL}`);
    expect(values).toContain("'-1");
    expect(values).toContain(5);
  });
});
