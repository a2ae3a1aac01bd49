// The annuaire imported the way dossiers are: a partner list (Windows-1252 CSV built by the
// test) mapped from its French headers, checked with the annuaire form's schema, grouped against
// the annuaire (same name and organisme), committed with audit rows, and a re-import that
// creates nothing. Only those who edit the annuaire reach it.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);

import ExcelJS from "exceljs";
import { GET as exportRoute } from "@/app/api/import/export/annuaire/route";
import { setImportGroupChoices } from "@/lib/domain/import/commands";
import { actAs } from "../helpers/act-as";
import { createImportFromFile, loadImportJob, saveImportMapping } from "@/lib/domain/import/commands";
import { runImportJob } from "@/lib/domain/import/run-job";
import { importGroupCounts, listImportRows } from "@/lib/domain/import/queries";
import { importReportCsv } from "@/lib/domain/import/report";
import { NotFoundError } from "@/lib/domain/errors";
import { db, resetDb } from "../helpers/db";
import { makeWorld } from "../helpers/factories";
import { win1252Csv } from "./import-fixtures";

beforeEach(resetDb);

const LIST = [
  "Nom;Organisme;Catégorie;Adresse;CP;Ville;Tél.;Mail;Site;Horaires",
  "Épicerie solidaire;Secours populaire;Aide alimentaire;3 rue Gambetta;59000;Lille;320112233;epicerie@example.org;www.example.org;Mardi 9h-12h",
  "Point d'accès au droit;CDAD;Accès aux droits;;59000;Lille;;;;",
  "Epicerie Solidaire;SECOURS POPULAIRE;Association caritative;;;;;;;",
  "Mission locale;;Emploi;;;;;pas-un-mail;;",
  "Maison de santé;;Médecine douce;;;;;;;",
];

describe("import of the annuaire", () => {
  it("round trip: the annuaire exported in its import's format, edited in Excel, imported again updates the service and creates nothing", async () => {
    const w = await makeWorld();
    const actor = w.actors.ADMIN;
    actAs(actor);
    const first = (await createImportFromFile(actor, { name: "annuaire.csv", bytes: win1252Csv([LIST[0]!, LIST[1]!, LIST[2]!, "=HYPERLINK(\"http://x\");;;;;;;;;"]) }, "partenaires")).jobId;
    await saveImportMapping(actor, { jobId: first, columns: (await loadImportJob(actor, first)).mapping, saveForNext: false });
    expect(await runImportJob(actor, first)).toBe("DONE");
    expect(await db.partenaire.count({ where: { structureId: w.a.id } })).toBe(3);

    const exported = await exportRoute(new Request("http://localhost:3000/api/import/export/annuaire?format=xlsx", { headers: { host: "localhost:3000" } }));
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-disposition")).toContain("annuaire-format-import.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await exported.arrayBuffer());
    const ws = wb.worksheets[0]!;
    const headers = (ws.getRow(1).values as string[]).slice(1);
    expect(headers).toEqual(["Nom", "Organisme", "Catégorie", "Adresse", "CP", "Ville", "Téléphone", "E-mail", "Site", "Horaires", "Informations pratiques"]);
    const col = (h: string) => headers.indexOf(h) + 1;
    // A formula typed as a name comes out neutralised.
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2));
    expect(rows.map((r) => r.getCell(col("Nom")).value)).toContain("'=HYPERLINK(\"http://x\")");
    const epicerie = rows.find((r) => r.getCell(col("Nom")).value === "Épicerie solidaire")!;
    expect([epicerie.getCell(col("Nom")).value, epicerie.getCell(col("Catégorie")).value, epicerie.getCell(col("Téléphone")).value]).toEqual(["Épicerie solidaire", "Association caritative", "03 20 11 22 33"]);
    epicerie.getCell(col("Horaires")).value = "Mardi et jeudi 9h-12h";

    const again = (await createImportFromFile(actor, { name: "annuaire-format-import.xlsx", bytes: new Uint8Array(await wb.xlsx.writeBuffer()) }, "partenaires")).jobId;
    const job = await loadImportJob(actor, again);
    expect(job.mapping).toEqual(["nom", "organisme", "categorie", "adresse", "codePostal", "commune", "telephone", "email", "siteWeb", "horaires", "notes"]);
    await saveImportMapping(actor, { jobId: again, columns: job.mapping, saveForNext: false });
    expect(await importGroupCounts(actor, again)).toEqual({ NEW: 0, MATCH: 3, FILE_DUPLICATE: 0, ERROR: 0 });
    await setImportGroupChoices(actor, { jobId: again, NEW: "CREATE", MATCH: "UPDATE_OVERWRITE", FILE_DUPLICATE: "SKIP" });
    expect(await runImportJob(actor, again)).toBe("DONE");
    expect(await loadImportJob(actor, again)).toMatchObject({ created: 0, updated: 1, errors: 0 });
    expect(await db.partenaire.findFirstOrThrow({ where: { structureId: w.a.id, nom: "Épicerie solidaire" } })).toMatchObject({ horaires: "Mardi et jeudi 9h-12h", telephone: "03 20 11 22 33" });
    expect(await db.partenaire.count({ where: { structureId: w.a.id } })).toBe(3);
    expect(await db.auditLog.count({ where: { action: "import.export_annuaire", actorId: actor.id } })).toBe(1);

    for (const other of [w.actors.TRAVAILLEUR_SOCIAL, w.actors.AGENT, w.actors.OTHER_TS]) {
      actAs(other);
      expect((await exportRoute(new Request("http://localhost:3000/api/import/export/annuaire?format=csv", { headers: { host: "localhost:3000" } }))).status).toBe(404);
    }
    actAs(w.actors.RESPONSABLE);
    const get = (format: string) => exportRoute(new Request(`http://localhost:3000/api/import/export/annuaire?format=${format}`, { headers: { host: "localhost:3000" } }));
    expect((await get("pdf")).status).toBe(404);
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await (await get("csv")).arrayBuffer());
    expect(csv.startsWith("\uFEFFNom;Organisme;Catégorie")).toBe(true);
  });

  it("maps, previews against the annuaire, commits partners with audit rows, reports; a re-import creates nothing", async () => {
    const w = await makeWorld();
    const actor = w.actors.RESPONSABLE;
    const known = await db.partenaire.create({ data: { structureId: w.a.id, nom: "Point d'accès au droit", organisme: "CDAD", categorie: "AUTRE", searchText: "point d acces au droit cdad" } });
    const { jobId } = await createImportFromFile(actor, { name: "annuaire.csv", bytes: win1252Csv(LIST) }, "partenaires");
    const job = await loadImportJob(actor, jobId);
    expect(job.kind).toBe("partenaires");
    expect(job.mapping).toEqual(["nom", "organisme", "categorie", "adresse", "codePostal", "commune", "telephone", "email", "siteWeb", "horaires"]);
    await saveImportMapping(actor, { jobId, columns: job.mapping, saveForNext: true });
    expect(await importGroupCounts(actor, jobId)).toEqual({ NEW: 1, MATCH: 1, FILE_DUPLICATE: 1, ERROR: 2 });
    const rows = (await listImportRows(actor, jobId, {})).rows;
    expect(rows[3]!.cellErrors).toMatchObject({ email: expect.stringMatching(/e-mail/i) });
    expect((rows[4]!.cellErrors as Record<string, string>).categorie).toMatch(/^Catégorie inconnue : « Médecine douce »/);
    expect(await db.partenaire.count({ where: { structureId: w.a.id } })).toBe(1);

    expect(await runImportJob(actor, jobId)).toBe("DONE");
    const epicerie = await db.partenaire.findFirstOrThrow({ where: { structureId: w.a.id, nom: "Épicerie solidaire" } });
    expect(epicerie).toMatchObject({ organisme: "Secours populaire", categorie: "ASSOCIATION_CARITATIVE", telephone: "03 20 11 22 33", siteWeb: "https://www.example.org", horaires: "Mardi 9h-12h", commune: "Lille" });
    // The known partner: its empty fields completed, its category kept unless it was "Autre".
    expect(await db.partenaire.findUniqueOrThrow({ where: { id: known.id } })).toMatchObject({ categorie: "ACCES_AUX_DROITS", codePostal: "59000", commune: "Lille" });
    expect(await db.auditLog.count({ where: { action: "partenaire.create", actorId: actor.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "partenaire.update", entityId: known.id } })).toBe(1);
    const report = new TextDecoder().decode(await importReportCsv(actor, jobId));
    expect(report).toContain("CSV;5;Mission locale;Lignes en erreur;Erreur;;");

    const again = (await createImportFromFile(actor, { name: "annuaire.csv", bytes: win1252Csv(LIST) }, "partenaires")).jobId;
    // The saved mapping of the annuaire is used, and kept apart from the dossiers'.
    expect((await db.importMapping.findFirstOrThrow({ where: { structureId: w.a.id, kind: "partenaires" } })).columns).toMatchObject({ mail: "email" });
    await saveImportMapping(actor, { jobId: again, columns: (await loadImportJob(actor, again)).mapping, saveForNext: false });
    expect(await importGroupCounts(actor, again)).toEqual({ NEW: 0, MATCH: 2, FILE_DUPLICATE: 1, ERROR: 2 });
    await runImportJob(actor, again);
    expect(await db.partenaire.count({ where: { structureId: w.a.id } })).toBe(2);
  });

  it("only the RESPONSABLE and the ADMIN import the annuaire; another structure does not find the job", async () => {
    const w = await makeWorld();
    for (const role of ["AGENT", "TRAVAILLEUR_SOCIAL"] as const) {
      await expect(createImportFromFile(w.actors[role], { name: "a.csv", bytes: win1252Csv(LIST) }, "partenaires")).rejects.toBeInstanceOf(NotFoundError);
    }
    const { jobId } = await createImportFromFile(w.actors.ADMIN, { name: "a.csv", bytes: win1252Csv(LIST) }, "partenaires");
    await expect(loadImportJob(w.actors.OTHER_TS, jobId)).rejects.toBeInstanceOf(NotFoundError);
    const refused = await saveImportMapping(w.actors.ADMIN, { jobId, columns: ["organisme", "", "", "", "", "", "", "", "", ""], saveForNext: false }).catch((e) => e);
    expect(refused.fieldErrors).toEqual({ columns: "Associez une colonne à : Nom du service (obligatoire pour créer un service)." });
    const wrong = await saveImportMapping(w.actors.ADMIN, { jobId, columns: ["nom", "prenom", "", "", "", "", "", "", "", ""], saveForNext: false }).catch((e) => e);
    expect(wrong.fieldErrors).toEqual({ "columns.1": "Champ inconnu : choisissez dans la liste." });
    expect(await db.partenaire.count({ where: { structureId: w.a.id } })).toBe(0);
  });
});
