// The annual report's figures on a hand-made fixture, its XLSX read back with exceljs, and the
// letters' contents read back from the PDF (attestation fields, refusal reason and appeal).
import { beforeEach, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { computeDomiciliationReport, exportDomiciliationReport } from "@/lib/domain/domiciliation/report";
import { getDomiciliationLetter } from "@/lib/domain/domiciliation/letters";
import { renderReportPdf } from "@/lib/domain/domiciliation/report-pdf";
import { extractPdfText } from "../helpers/orientation-pdf-text";
import { db, resetDb } from "../helpers/db";
import { makeUsager } from "../helpers/factories";
import { day, domiciliationWorld, grantedDomiciliation, makeDomiciliation } from "./domiciliation-fixtures";

beforeEach(resetDb);

async function fixture() {
  const w = await domiciliationWorld();
  const person = async (nom: string) => (await makeUsager(w.a, { nom, prenom: "Test" })).id;
  const g = (usagerId: string, debut: string, extra: Record<string, unknown> = {}) => grantedDomiciliation(w, debut, { usagerId, entretienId: null, ...extra });
  // In force on 31/12/2025: granted in 2025 (one with 2 people), granted in 2024 and renewed.
  await g(w.usager.id, "2025-03-01", { membresCouverts: [w.membre.id], entretienId: w.entretien.id });
  await g(await person("A"), "2025-06-15");
  await g(await person("B"), "2024-08-01", { finValidite: day("2026-07-31"), renouvellements: 1, renouveleeLe: day("2025-07-20") });
  // Ended during 2025 (not in force on 31/12): two for a stable home, one for no contact.
  await g(await person("C"), "2025-01-10", { status: "TERMINEE", finLe: day("2025-05-02"), motifFin: "LOGEMENT_STABLE" });
  await g(await person("D"), "2024-11-10", { status: "TERMINEE", finLe: day("2025-09-12"), motifFin: "LOGEMENT_STABLE" });
  await g(await person("E"), "2024-12-20", { status: "TERMINEE", finLe: day("2025-10-01"), motifFin: "ABSENCE_CONTACT" });
  // Expired during 2025 without renewal: not in force.
  await g(await person("F"), "2024-06-01");
  // Ended in 2026 (after 31/12/2025): in force on 31/12/2025.
  await g(await person("G"), "2025-04-01", { status: "TERMINEE", finLe: day("2026-02-01"), motifFin: "DEMANDE_PERSONNE" });
  // Refused in 2025 (3) and in 2024 (1, not counted); a request pending since December 2025.
  const refuse = async (decisionLe: string, motifRefus: string) => makeDomiciliation(w, { usagerId: await person("R"), demandeLe: day(decisionLe), accuseReceptionLe: day(decisionLe), status: "REFUSEE", decisionLe: day(decisionLe), motifRefus } as never);
  await refuse("2025-02-03", "ABSENCE_LIEN_COMMUNE");
  await refuse("2025-05-03", "ABSENCE_LIEN_COMMUNE");
  await refuse("2025-07-03", "DOSSIER_INCOMPLET");
  await refuse("2024-07-03", "AUTRE");
  await makeDomiciliation(w, { usagerId: await person("P"), demandeLe: day("2025-12-15"), accuseReceptionLe: day("2025-12-15") } as never);
  return w;
}

describe("annual report to the préfet", () => {
  it("counts on a fixture: in force and people on 31 December, granted, renewed, refused and ended with reasons", async () => {
    const w = await fixture();
    const r = await computeDomiciliationReport(w.a.id, 2025);
    expect(r).toMatchObject({
      annee: 2025,
      enVigueur31Decembre: 4, // usager (2 people), A, B (renewed), G (ended in 2026)
      personnesDomiciliees31Decembre: 5,
      accordees: 4, // usager, A, C, G decided in 2025
      renouvelees: 1,
      refusees: 3,
      terminees: 3,
      // Requests received in 2025: the 3 refusals and the pending one (the grants were requested in 2026 here).
      demandesRecues: 4,
    });
    expect(r.motifsRefus).toEqual([{ motif: "Absence de lien avec la commune", nombre: 2 }, { motif: "Demande incomplète", nombre: 1 }]);
    expect(r.motifsFin).toEqual([{ motif: "Accès à un domicile stable", nombre: 2 }, { motif: "Plus de 3 mois consécutifs sans contact", nombre: 1 }]);

    const xlsx = await exportDomiciliationReport(w.actors.RESPONSABLE, 2025, "xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx!.body as never);
    const rows = wb.worksheets[0]!.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(rows).toContainEqual(["Domiciliations en vigueur au 31 décembre", 4]);
    expect(rows).toContainEqual(["Personnes domiciliées au 31 décembre (ayants droit compris)", 5]);
    expect(rows).toContainEqual(["Absence de lien avec la commune", 2]);
    expect(await db.auditLog.count({ where: { action: "domiciliation.report" } })).toBe(1);
    const pdf = extractPdfText(await renderReportPdf(r));
    expect(pdf).toContain("Refus dans l'année : 3");
    expect(pdf).toContain("Plus de 3 mois consécutifs sans contact : 1");
  });
});

describe("letters", () => {
  it("the attestation carries the fields of the official form; the refusal its reason and the appeal", async () => {
    const w = await domiciliationWorld();
    await db.usager.update({ where: { id: w.usager.id }, data: { civilite: "MONSIEUR", dateNaissance: day("1975-06-14") } });
    const d = await grantedDomiciliation(w, "2026-03-10", { membresCouverts: [w.membre.id], decideurId: w.users.ts.id });
    const letter = await getDomiciliationLetter(w.actors.TRAVAILLEUR_SOCIAL, d.id, new Date("2026-03-10T10:00:00Z"));
    const text = extractPdfText(letter!.pdf);
    for (const expected of [
      "Attestation d'élection de domicile", w.a.name, "1 rue du Test, 59000 Lille", "LEFÈVRE", "François", "14/06/1975",
      "Date de début : ", "10/03/2026", "Valable jusqu'au : ", "09/03/2027", "Léa LEFÈVRE",
    ]) expect(text).toContain(expected);
    expect(letter!.filename).toMatch(/^domiciliation-attestation-/);

    const refused = await makeDomiciliation(w, { usagerId: (await makeUsager(w.a, { nom: "Martin", prenom: "Paul" })).id, status: "REFUSEE", decisionLe: day("2026-04-01"), motifRefus: "ABSENCE_LIEN_COMMUNE", motifRefusTexte: "Aucun lien avec Lille établi." } as never);
    const refusal = extractPdfText((await getDomiciliationLetter(w.actors.RESPONSABLE, refused.id))!.pdf);
    expect(refusal).toContain("Décision de refus d'élection de domicile");
    expect(refusal).toContain("Absence de lien avec la commune");
    expect(refusal).toContain("Aucun lien avec Lille établi.");
    expect(refusal.replace(/\s+/g, " ")).toContain("tribunal administratif");
    expect(await db.auditLog.count({ where: { action: "domiciliation.letter" } })).toBe(2);
    // A pending request has no letter; another structure gets nothing.
    const pending = await makeDomiciliation(w, { usagerId: (await makeUsager(w.a, { nom: "Petit", prenom: "Jean" })).id } as never);
    expect(await getDomiciliationLetter(w.actors.RESPONSABLE, pending.id)).toBeNull();
    expect(await getDomiciliationLetter(w.actors.OTHER_TS, d.id)).toBeNull();
  });
});

describe("dashboard figures", () => {
  it("counts the period's requests, decisions and ends, in force now and decisions overdue; a TS sees their caseload", async () => {
    const { domiciliationDashboardFigures } = await import("@/lib/domain/domiciliation/dashboard");
    const w = await fixture();
    const filter = { from: new Date("2024-12-31T23:00:00Z"), to: new Date("2025-12-31T23:00:00Z"), siteId: null };
    const now = new Date("2026-03-01T10:00:00Z");
    const figures = await domiciliationDashboardFigures(w.actors.RESPONSABLE, filter, now);
    // In force on 01/03/2026: A (until 14/06/2026) and B (until 31/07/2026); the usager's expired on 28/02/2026.
    expect(figures).toEqual({ enVigueur: 2, demandes: 4, accordees: 4, refusees: 3, terminees: 3, decisionsEnRetard: 1 });
    // The TS is référent of nobody here: nothing.
    expect(await domiciliationDashboardFigures(w.actors.TRAVAILLEUR_SOCIAL, filter, now)).toEqual({ enVigueur: 0, demandes: 0, accordees: 0, refusees: 0, terminees: 0, decisionsEnRetard: 0 });
    expect(await domiciliationDashboardFigures(w.actors.AGENT, filter, now)).toBeNull();
  });
});
