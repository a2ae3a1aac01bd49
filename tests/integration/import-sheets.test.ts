// A CCAS's workbook with several sheets (built with exceljs): dossiers, household members tied
// by identifier or by the main person's name and birth date, a contacts history that becomes
// entretiens "Repris d'un fichier"; preview per sheet, commit, report, and a re-import that
// writes nothing twice.
import { beforeEach, describe, expect, it } from "vitest";
import { createImportFromFile, loadImportJob, saveImportMapping, saveImportSheetMapping } from "@/lib/domain/import/commands";
import { runImportJob } from "@/lib/domain/import/run-job";
import { importGroupCounts, listImportRows } from "@/lib/domain/import/queries";
import { importReportCsv } from "@/lib/domain/import/report";
import type { ImportSheet } from "@/lib/domain/import/sheet-fields";
import { DomainError } from "@/lib/domain/errors";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";
import { serial, xlsxOf } from "./import-fixtures";

beforeEach(resetDb);
const TODAY = new Date("2026-12-02T10:00:00Z");

async function workbook(tsEmail: string) {
  return xlsxOf({
    Dossiers: [
      ["Identifiant", "Nom", "Prénom", "Date de naissance", "Quartier"],
      ["F-1", "Lefèvre", "Hélène", serial("1985-03-14"), "Fives"],
      ["F-2", "Martin", "Jean", "01/05/1970", "Vauban"],
    ],
    "Composition du foyer": [
      ["N° de dossier", "Nom", "Prénom", "Né(e) le", "Lien de parenté"],
      ["F-1", "Lefèvre", "Théo", serial("2012-06-01"), "Fils"],
      ["F-1", "Lefèvre", "Théo", serial("2012-06-01"), "Fils"],
      ["F-9", "Inconnu", "Paul", "01/01/2000", "Enfant"],
      ["F-2", "Martin", "Anne", "31/02/1972", "Épouse"],
    ],
    Contacts: [
      ["Nom du demandeur", "Prénom du demandeur", "DDN demandeur", "Date", "Auteur", "Résumé"],
      ["Martin", "Jean", "01/05/1970", serial("2025-11-04"), tsEmail, "Point sur la dette de loyer."],
      ["Lefèvre", "Hélène", "14/03/1985", "12/10/2025", "", "Demande d'aide alimentaire."],
      ["Lefèvre", "Hélène", "14/03/1985", "13/10/2025", "Quelqu'un Parti", "Appel."],
    ],
  });
}

async function prepared(actor: Parameters<typeof createImportFromFile>[0], bytes: Uint8Array) {
  const { jobId } = await createImportFromFile(actor, { name: "ccas.xlsx", bytes });
  const job = await loadImportJob(actor, jobId);
  await saveImportMapping(actor, { jobId, columns: job.mapping, saveForNext: false }, TODAY);
  return jobId;
}

describe("import of a workbook with members and contacts sheets", () => {
  it("detects each sheet, ties rows to their dossier, previews per sheet, commits members and entretiens, reports them", async () => {
    const w = await makeWorld();
    const actor = w.actors.RESPONSABLE;
    const jobId = await prepared(actor, await workbook(w.users.ts.email));
    const job = await loadImportJob(actor, jobId);
    expect(job.sheetName).toBe("Dossiers");
    expect(job.totalRows).toBe(9);
    const sheets = job.sheets as ImportSheet[];
    expect(sheets.map((s) => [s.name, s.role])).toEqual([["Composition du foyer", "foyer"], ["Contacts", "entretiens"]]);
    expect(sheets[0]!.mapping).toEqual(["dossier", "nom", "prenom", "dateNaissance", "lien"]);
    expect(sheets[1]!.mapping).toEqual(["demandeurNom", "demandeurPrenom", "demandeurDateNaissance", "date", "auteur", "resume"]);

    expect(await importGroupCounts(actor, jobId, 0)).toEqual({ NEW: 2, MATCH: 0, FILE_DUPLICATE: 0, ERROR: 0 });
    expect(await importGroupCounts(actor, jobId, 1)).toEqual({ NEW: 1, MATCH: 0, FILE_DUPLICATE: 1, ERROR: 2 });
    expect(await importGroupCounts(actor, jobId, 2)).toEqual({ NEW: 2, MATCH: 0, FILE_DUPLICATE: 0, ERROR: 1 });
    const foyer = (await listImportRows(actor, jobId, { sheet: 1 })).rows;
    expect(foyer[2]!.cellErrors).toEqual({ dossier: "Dossier introuvable (N° de dossier F-9) : ni dans la feuille des dossiers, ni dans votre structure." });
    expect(foyer[3]!.cellErrors).toEqual({ dateNaissance: "Date de naissance illisible : 31/02/1972" });
    const contacts = (await listImportRows(actor, jobId, { sheet: 2 })).rows;
    expect((contacts[2]!.cellErrors as Record<string, string>).auteur).toMatch(/^Auteur inconnu : « Quelqu'un Parti »/);
    // Nothing is written before the commit.
    expect(await db.foyerMembre.count()).toBe(0);

    expect(await runImportJob(actor, jobId, { now: TODAY })).toBe("DONE");
    const helene = await db.usager.findFirstOrThrow({ where: { externalId: "F-1" }, include: { foyer: true, entretiens: true } });
    expect(helene.foyer.map((m) => [m.prenom, m.lien, m.dateNaissance.toISOString().slice(0, 10)])).toEqual([["Théo", "ENFANT", "2012-06-01"]]);
    expect(helene.entretiens.map((e) => [e.resume, e.objetPrecision, e.authorId, e.date.toISOString().slice(0, 10)])).toEqual([["Demande d'aide alimentaire.", "Repris d'un fichier", actor.id, "2025-10-12"]]);
    const jean = await db.usager.findFirstOrThrow({ where: { externalId: "F-2" }, include: { entretiens: true, foyer: true } });
    expect(jean.foyer).toEqual([]);
    expect(jean.entretiens.map((e) => e.authorId)).toEqual([w.users.ts.id]);
    expect(jean.lastContactAt?.toISOString().slice(0, 10)).toBe("2025-11-04");
    expect(await db.auditLog.count({ where: { action: "entretien.create", actorId: actor.id } })).toBe(2);
    expect(await db.auditLog.count({ where: { action: "usager.update", entityId: helene.id } })).toBe(1);

    const report = new TextDecoder().decode(await importReportCsv(actor, jobId));
    expect(report).toContain("Composition du foyer;2;Lefèvre Théo (dossier de la ligne 2);Nouveaux dossiers;Créé;");
    expect(report).toContain("Membre du foyer ajouté.");
    expect(report).toContain("Contacts;4;Contact du 13/10/2025;Lignes en erreur;Erreur;;Auteur inconnu");
  });

  it("re-importing the workbook creates no second member nor entretien; rows may name an existing dossier", async () => {
    const w = await makeWorld();
    const actor = w.actors.RESPONSABLE;
    const bytes = await workbook(w.users.ts.email);
    await runImportJob(actor, await prepared(actor, bytes), { now: TODAY });
    const counts = { membres: await db.foyerMembre.count(), entretiens: await db.entretien.count(), audits: await db.auditLog.count({ where: { action: { in: ["entretien.create", "usager.update", "usager.create"] } } }) };

    const again = await prepared(actor, bytes);
    expect(await importGroupCounts(actor, again, 0)).toEqual({ NEW: 0, MATCH: 2, FILE_DUPLICATE: 0, ERROR: 0 });
    await runImportJob(actor, again, { now: TODAY });
    expect({ membres: await db.foyerMembre.count(), entretiens: await db.entretien.count(), audits: await db.auditLog.count({ where: { action: { in: ["entretien.create", "usager.update", "usager.create"] } } }) }).toEqual(counts);
    const outcomes = await db.importRow.findMany({ where: { jobId: again, sheet: { gt: 0 }, group: { not: "ERROR" } }, orderBy: { position: "asc" }, select: { outcome: true } });
    expect(outcomes.map((o) => o.outcome)).toEqual(["UNCHANGED", "SKIPPED", "UNCHANGED", "UNCHANGED"]);

    // A members-only workbook naming a dossier already in Passerelle by its number.
    const known = await db.usager.update({ where: { id: (await makeUsager(w.a, { nom: "Durand", prenom: "Léa", dateNaissance: "1990-01-01" })).id }, data: { numeroDossier: "2025-000042" } });
    const members = await xlsxOf({ Dossiers: [["Nom", "Prénom"], ["Bidon", "Bidon"]], Foyer: [["Dossier", "Nom", "Prénom", "DDN", "Lien"], [known.numeroDossier, "Durand", "Noé", "03/03/2015", "enfant"]] });
    const third = await prepared(actor, members);
    expect((await listImportRows(actor, third, { sheet: 1 })).rows.map((r) => r.cellErrors)).toEqual([null]);
    expect(await importGroupCounts(actor, third, 1)).toEqual({ NEW: 1, MATCH: 0, FILE_DUPLICATE: 0, ERROR: 0 });
    await runImportJob(actor, third, { now: TODAY });
    expect((await db.foyerMembre.findMany({ where: { usagerId: known.id } })).map((m) => m.prenom)).toEqual(["Noé"]);
  });

  it("the user says what a sheet holds and maps its columns; an incomplete mapping is refused in French", async () => {
    const w = await makeWorld();
    const actor = w.actors.ADMIN;
    const bytes = await xlsxOf({
      Liste: [["Identifiant", "Nom", "Prénom"], ["Z-1", "Petit", "Lou"]],
      Feuil2: [["Ref", "Quand", "Texte"], ["Z-1", "05/05/2025", "Premier accueil."]],
    });
    const { jobId } = await createImportFromFile(actor, { name: "a.xlsx", bytes });
    const job = await loadImportJob(actor, jobId);
    expect((job.sheets as ImportSheet[])[0]).toMatchObject({ name: "Feuil2", role: "", mapping: ["", "", ""] });
    await expect(saveImportSheetMapping(actor, { jobId, sheet: 1, role: "entretiens", columns: ["dossier", "date", "resume"] }, TODAY)).rejects.toThrow(/feuille des dossiers/);
    await saveImportMapping(actor, { jobId, columns: job.mapping, saveForNext: false }, TODAY);
    expect(await importGroupCounts(actor, jobId, 1)).toEqual({ NEW: 0, MATCH: 0, FILE_DUPLICATE: 0, ERROR: 1 });
    const refused = await saveImportSheetMapping(actor, { jobId, sheet: 1, role: "entretiens", columns: ["dossier", "", "resume"] }, TODAY).catch((e) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).fieldErrors).toEqual({ columns: "Associez une colonne à : Date du contact." });
    await saveImportSheetMapping(actor, { jobId, sheet: 1, role: "entretiens", columns: ["dossier", "date", "resume"] }, TODAY);
    expect(await importGroupCounts(actor, jobId, 1)).toEqual({ NEW: 1, MATCH: 0, FILE_DUPLICATE: 0, ERROR: 0 });
    await runImportJob(actor, jobId, { now: TODAY });
    const lou = await db.usager.findFirstOrThrow({ where: { externalId: "Z-1" }, include: { entretiens: true } });
    expect(lou.entretiens.map((e) => e.resume)).toEqual(["Premier accueil."]);
    // Another structure's ADMIN does not find the job.
    await expect(saveImportSheetMapping(w.actors.OTHER_ADMIN ?? w.actors.OTHER_TS, { jobId, sheet: 1, role: "", columns: ["", "", ""] })).rejects.toThrow();
  });
});
