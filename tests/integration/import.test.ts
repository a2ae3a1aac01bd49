// Import of dossiers from real files: mapping, preview groups, commit in batches, re-import,
// resume after a failure, scope (another structure, AGENT, TS: not found).
import { beforeEach, describe, expect, it } from "vitest";
import { createImportFromFile, saveImportMapping, setImportGroupChoices, setImportRowChoice, loadImportJob } from "@/lib/domain/import/commands";
import { runImportJob } from "@/lib/domain/import/run-job";
import { importGroupCounts } from "@/lib/domain/import/queries";
import { NotFoundError } from "@/lib/domain/errors";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";
import { serial, win1252Csv, xlsxOf } from "./import-fixtures";

beforeEach(resetDb);
const TODAY = new Date("2026-12-02T10:00:00Z");

async function prepared(actor: Parameters<typeof createImportFromFile>[0], name: string, bytes: Uint8Array) {
  const { jobId } = await createImportFromFile(actor, { name, bytes });
  const job = await loadImportJob(actor, jobId);
  await saveImportMapping(actor, { jobId, columns: job.mapping, saveForNext: false }, TODAY);
  return jobId;
}

describe("import of dossiers", () => {
  it("a Windows-1252 CSV with ; : mapped from its French headers, previewed, committed with audit rows and a log", async () => {
    const w = await makeWorld();
    const actor = w.actors.RESPONSABLE;
    await db.user.update({ where: { id: w.users.ts.id }, data: { firstName: "Élodie", lastName: "Marchand" } });
    const bytes = win1252Csv([
      "N° de dossier;NOM;Prénom;Né(e) le;Tél.;Adresse;CP;Commune;Quartier;Référent;Situation familiale;Logement;RSA;APL;Observations",
      `A-001;Lefèvre;Hélène;14/03/1985;612345678;"12 rue de l'Église\nBât. B";59000;Lille;Fives;${w.users.ts.email};Célibataire;HLM;oui;non;Suivie depuis 2019`,
      `A-002;Garçon;Zoé;01/02/90;0320000000;;59800;Lille;Wazemmes;Marchand Elodie;Marié(e);Locataire privé;non;X;`,
    ]);
    const { jobId } = await createImportFromFile(actor, { name: "dossiers.csv", bytes });
    const job = await loadImportJob(actor, jobId);
    expect(job.mapping).toEqual(["numeroDossier", "nom", "prenom", "dateNaissance", "telephone", "adresse", "codePostal", "commune", "quartier", "referent", "situationFamiliale", "logementStatut", "droit:RSA", "droit:APL", "observations"]);
    await saveImportMapping(actor, { jobId, columns: job.mapping, saveForNext: true }, TODAY);
    expect(await importGroupCounts(actor, jobId)).toEqual({ NEW: 2, MATCH: 0, FILE_DUPLICATE: 0, ERROR: 0 });
    expect(await db.usager.count({ where: { structureId: w.a.id } })).toBe(0);

    expect(await runImportJob(actor, jobId, { now: TODAY })).toBe("DONE");
    const helene = await db.usager.findFirstOrThrow({ where: { structureId: w.a.id, externalId: "A-001" }, include: { referents: true, entretiens: true } });
    expect(helene).toMatchObject({ nom: "Lefèvre", prenom: "Hélène", telephone: "06 12 34 56 78", adresse: "12 rue de l'Église\nBât. B", situationFamiliale: "CELIBATAIRE", logementStatut: "LOCATAIRE_PARC_SOCIAL", droitsOuverts: ["RSA"] });
    expect(helene.dateNaissance?.toISOString().slice(0, 10)).toBe("1985-03-14");
    expect(helene.referents.map((r) => r.userId)).toEqual([w.users.ts.id]);
    expect(helene.entretiens[0]).toMatchObject({ resume: "Suivie depuis 2019", objetPrecision: "Repris d'un fichier" });
    const zoe = await db.usager.findFirstOrThrow({ where: { externalId: "A-002" } });
    expect(zoe).toMatchObject({ situationFamiliale: "MARIE", logementStatut: "LOCATAIRE_PARC_PRIVE", droitsOuverts: ["APL"] });
    expect(await db.auditLog.count({ where: { action: "usager.create", actorId: actor.id } })).toBe(2);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "import.run", entityId: jobId } });
    expect(log.details).toMatchObject({ fichier: "dossiers.csv", crees: 2, misAJour: 0, erreurs: 0 });
    // The file is not kept: the rows' cells are gone, their outcomes stay.
    const rows = await db.importRow.findMany({ where: { jobId } });
    expect(rows.every((r) => r.cells.length === 0 && r.outcome === "CREATED")).toBe(true);
    // The mapping was saved for the structure.
    expect((await db.importMapping.findFirstOrThrow({ where: { structureId: w.a.id } })).columns).toMatchObject({ "ne e le": "dateNaissance" });
  });

  it("an XLSX with serial dates, duplicates inside the file, matches and errors: groups, counts and choices", async () => {
    const w = await makeWorld();
    const actor = w.actors.ADMIN;
    const known = await makeUsager(w.a, { nom: "Martin", prenom: "Jean", dateNaissance: "1970-05-01" });
    const byNumber = await makeUsager(w.a, { nom: "Durand", prenom: "Paul", dateNaissance: "1960-01-01" });
    const foreign = await makeUsager(w.b, { nom: "Autre", prenom: "Zoé", dateNaissance: "1990-01-01" });
    await db.usager.update({ where: { id: byNumber.id }, data: { numeroDossier: "2024-000042" } });
    await db.usager.update({ where: { id: foreign.id }, data: { numeroDossier: "2024-000777" } });
    const bytes = await xlsxOf({
      Notes: [["Fichier de suivi 2023"]],
      Dossiers: [
        ["Liste des usagers"],
        ["Identifiant", "Nom", "Prénom", "Date de naissance", "Portable", "AAH"],
        ["", "Petit", "Léa", serial("1985-03-14"), 612345678, "oui"],
        ["", "MARTIN", "Jean", serial("1970-05-01"), null, ""],
        ["2024-000042", "Durand", "Paul", "01/01/1960", null, ""],
        ["", "petit", "Lea", "14/03/1985", null, ""],
        ["", "Faux", "Date", "31/02/1980", null, ""],
        ["2024-000777", "Autre", "Zoé", "01/01/1990", null, ""],
        ["", "Oui", "Non", "01/01/1990", null, "peut-être"],
      ],
    });
    const jobId = await prepared(actor, "suivi.xlsx", bytes);
    expect((await loadImportJob(actor, jobId)).sheetName).toBe("Dossiers");
    expect(await importGroupCounts(actor, jobId)).toEqual({ NEW: 1, MATCH: 2, FILE_DUPLICATE: 1, ERROR: 3 });
    const rows = await db.importRow.findMany({ where: { jobId }, orderBy: { position: "asc" } });
    expect(rows.map((r) => [r.line, r.group])).toEqual([[3, "NEW"], [4, "MATCH"], [5, "MATCH"], [6, "FILE_DUPLICATE"], [7, "ERROR"], [8, "ERROR"], [9, "ERROR"]]);
    expect(rows[1]!.matchId).toBe(known.id);
    expect(rows[2]!.matchId).toBe(byNumber.id);
    expect(rows[4]!.cellErrors).toEqual({ dateNaissance: "Date de naissance illisible : 31/02/1980" });
    // Another structure's number is only "unknown here".
    expect(rows[5]!.cellErrors).toEqual({ numeroDossier: "N° de dossier inconnu dans votre structure : 2024-000777. Videz la cellule pour créer un nouveau dossier." });
    expect(Object.values(rows[6]!.cellErrors as object)[0]).toMatch(/n'est ni oui ni non/);

    // Matches: overwrite; one row of them skipped by its own choice; the in-file duplicate created anyway.
    await setImportGroupChoices(actor, { jobId, NEW: "CREATE", MATCH: "UPDATE_OVERWRITE", FILE_DUPLICATE: "CREATE" });
    await setImportRowChoice(actor, { jobId, rowId: rows[2]!.id, choice: "SKIP" });
    await expect(setImportRowChoice(actor, { jobId, rowId: rows[4]!.id, choice: "CREATE" })).rejects.toThrow(/en erreur/);
    expect(await runImportJob(actor, jobId, { now: TODAY })).toBe("DONE");
    const job = await loadImportJob(actor, jobId);
    expect(job).toMatchObject({ created: 2, updated: 1, skipped: 1, errors: 3 });
    const lea = await db.usager.findFirstOrThrow({ where: { structureId: w.a.id, nom: "Petit" } });
    expect(lea).toMatchObject({ telephone: "06 12 34 56 78", droitsOuverts: ["AAH"] });
    expect(lea.dateNaissance?.toISOString().slice(0, 10)).toBe("1985-03-14");
    // An ADMIN is nobody's référent.
    expect(await db.usagerReferent.count({ where: { usagerId: lea.id } })).toBe(0);
    expect((await db.usager.findUniqueOrThrow({ where: { id: foreign.id } })).nom).toBe("Autre");
    // Overwrite: the file's spelling replaces the dossier's.
    expect((await db.usager.findUniqueOrThrow({ where: { id: known.id } })).nom).toBe("MARTIN");
    const outcomes = await db.importRow.findMany({ where: { jobId }, orderBy: { position: "asc" }, select: { outcome: true } });
    expect(outcomes.map((o) => o.outcome)).toEqual(["CREATED", "UPDATED", "SKIPPED", "CREATED", "ERROR", "ERROR", "ERROR"]);
  });

  it("re-importing the same file creates nothing new; filling empty fields updates only those", async () => {
    const w = await makeWorld();
    const actor = w.actors.RESPONSABLE;
    const lines = ["Identifiant;Nom;Prénom;DDN;Quartier", "X1;Lefèvre;Hélène;14/03/1985;", "X2;Martin;Jean;01/05/1970;Fives", ";Sans;Identifiant;02/02/1992;Moulins"];
    await runImportJob(actor, await prepared(actor, "a.csv", win1252Csv(lines)), { now: TODAY });
    expect(await db.usager.count({ where: { structureId: w.a.id } })).toBe(3);
    const audits = await db.auditLog.count({ where: { action: { startsWith: "usager." } } });

    const again = await prepared(actor, "a.csv", win1252Csv(lines));
    expect(await importGroupCounts(actor, again)).toEqual({ NEW: 0, MATCH: 3, FILE_DUPLICATE: 0, ERROR: 0 });
    await runImportJob(actor, again, { now: TODAY });
    expect(await db.usager.count({ where: { structureId: w.a.id } })).toBe(3);
    expect(await db.auditLog.count({ where: { action: { startsWith: "usager." } } })).toBe(audits);

    const edited = ["Identifiant;Nom;Prénom;DDN;Quartier", "X1;Lefèvre;Hélène;14/03/1985;Wazemmes", "X2;Martin;Jean;01/05/1970;Vauban"];
    const third = await prepared(actor, "b.csv", win1252Csv(edited));
    await runImportJob(actor, third, { now: TODAY });
    const byId = async (externalId: string) => (await db.usager.findFirstOrThrow({ where: { externalId } })).quartier;
    expect(await byId("X1")).toBe("Wazemmes");
    expect(await byId("X2")).toBe("Fives");
    expect(await db.usager.count({ where: { structureId: w.a.id } })).toBe(3);
  });

  it("a failure stops at a clear row, keeps the committed batches, and the import resumes from there", async () => {
    const w = await makeWorld();
    const actor = w.actors.RESPONSABLE;
    const lines = ["N° de dossier;Nom;Prénom;Date de naissance", ...Array.from({ length: 10 }, (_, i) => `R${i};Nom${String.fromCharCode(65 + i)};Prénom;0${(i % 9) + 1}/01/1980`)];
    const jobId = await prepared(actor, "r.csv", win1252Csv(lines));
    const status = await runImportJob(actor, jobId, { now: TODAY, batchSize: 4, beforeRow: (r) => { if (r.line === 7) throw new Error("coupure"); } });
    expect(status).toBe("FAILED");
    let job = await loadImportJob(actor, jobId);
    expect(job).toMatchObject({ status: "FAILED", failedLine: 7, cursor: 4, created: 4 });
    expect(job.failure).toMatch(/^L'import s'est arrêté à la ligne 7/);
    expect(await db.usager.count({ where: { structureId: w.a.id } })).toBe(4);
    expect(await runImportJob(actor, jobId, { now: TODAY, batchSize: 4 })).toBe("DONE");
    job = await loadImportJob(actor, jobId);
    expect(job).toMatchObject({ status: "DONE", cursor: 10, created: 10, failedLine: null });
    expect(await db.usager.count({ where: { structureId: w.a.id } })).toBe(10);
  });

  it("a référent two accounts share the name of is named by e-mail", async () => {
    const w = await makeWorld();
    const jobId = await prepared(w.actors.RESPONSABLE, "a.csv", win1252Csv(["Nom;Prénom;DDN;Référent", `A;B;01/01/1980;${w.users.ts.firstName} ${w.users.ts.lastName}`]));
    const row = await db.importRow.findFirstOrThrow({ where: { jobId } });
    expect(row.cellErrors).toEqual({ referent: expect.stringMatching(/^Plusieurs comptes portent ce nom/) });
  });

  it("another structure, an AGENT and a TS do not find the import; bad files are refused in French", async () => {
    const w = await makeWorld();
    const jobId = await prepared(w.actors.RESPONSABLE, "a.csv", win1252Csv(["Nom;Prénom;DDN", "A;B;01/01/1980"]));
    for (const actor of [w.actors.OTHER_TS, w.actors.OTHER_ADMIN, w.actors.AGENT, w.actors.TRAVAILLEUR_SOCIAL]) {
      await expect(loadImportJob(actor, jobId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(runImportJob(actor, jobId)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(createImportFromFile(w.actors.TRAVAILLEUR_SOCIAL, { name: "a.csv", bytes: win1252Csv(["Nom", "A"]) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createImportFromFile(w.actors.RESPONSABLE, { name: "a.csv", bytes: win1252Csv(["Nom;Prénom"]) })).rejects.toThrow(/que la ligne d'en-tête/);
    const job = await loadImportJob(w.actors.RESPONSABLE, jobId);
    await expect(saveImportMapping(w.actors.RESPONSABLE, { jobId: job.id, columns: ["nom", "nom", ""], saveForNext: false })).rejects.toThrow(/erreurs/);
  });
});
