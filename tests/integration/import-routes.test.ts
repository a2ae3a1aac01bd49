// The import's HTTP entry points: the upload (a real multipart form, with and without
// JavaScript) and the report (CSV and XLSX, cells neutralised), each a 404 for anyone else.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import ExcelJS from "exceljs";
import { POST as uploadRoute } from "@/app/api/import/route";
import { GET as reportRoute } from "@/app/api/import/[id]/rapport/route";
import { GET as exportRoute } from "@/app/api/import/export/route";
import { saveImportMapping, setImportGroupChoices } from "@/lib/domain/import/commands";
import { runImportJob } from "@/lib/domain/import/run-job";
import { saveImportMappingAction, startImportAction } from "@/lib/actions/import";
import { loadImportJob } from "@/lib/domain/import/commands";
import { readNotice } from "@/lib/security/signed-notice";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeWorld } from "../helpers/factories";
import { win1252Csv } from "./import-fixtures";
import { inlineRow, xlsxFromParts } from "../helpers/xlsx-parts";

const BASE = "http://localhost:3000";
beforeEach(resetDb);

function upload(bytes: Uint8Array, name: string, json: boolean) {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], name));
  return uploadRoute(new Request(`${BASE}/api/import`, { method: "POST", body: form, headers: { host: "localhost:3000", origin: BASE, accept: json ? "application/json" : "text/html" } }));
}
const report = (id: string, format: string) => reportRoute(new Request(`${BASE}/api/import/${id}/rapport?format=${format}`), { params: Promise.resolve({ id }) });

describe("import routes", () => {
  it("upload → mapping → commit through the actions → report in CSV and XLSX, formulas neutralised", async () => {
    const w = await makeWorld();
    actAs(w.actors.RESPONSABLE);
    const bytes = win1252Csv(["Nom;Prénom;Date de naissance", "=HYPERLINK(\"http://x\");Hélène;14/03/1985", "Durand;Paul;31/02/1980"]);
    const answer = await upload(bytes, "dossiers.csv", false);
    expect(answer.status).toBe(303);
    const jobId = answer.headers.get("location")!.split("/").at(-1)!;
    const job = await loadImportJob(w.actors.RESPONSABLE, jobId);
    expect((await saveImportMappingAction({ jobId, columns: job.mapping, saveForNext: false })).ok).toBe(true);
    expect((await startImportAction({ jobId })).ok).toBe(true);
    expect((await loadImportJob(w.actors.RESPONSABLE, jobId)).status).toBe("DONE");

    const csv = await report(jobId, "csv");
    expect(csv.status).toBe(200);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array(await csv.arrayBuffer()));
    expect(text.startsWith("\uFEFFFeuille;Ligne;Personne;Groupe;Résultat;N° de dossier;Motif\r\n")).toBe(true);
    expect(text).toContain(`3;Durand Paul;Lignes en erreur;Erreur;;Date de naissance illisible : 31/02/1980`);
    expect(text).toContain(`'=HYPERLINK`);
    const xlsx = await report(jobId, "xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const cells = wb.worksheets[0]!.getRow(3).values as unknown[];
    expect(String(cells[3])).toMatch(/^'=HYPERLINK/);
    // The created dossier keeps the name as typed (text, never evaluated).
    expect(await db.usager.count({ where: { nom: '=HYPERLINK("http://x")' } })).toBe(1);

    for (const other of [w.actors.TRAVAILLEUR_SOCIAL, w.actors.AGENT, w.actors.OTHER_TS, w.actors.OTHER_ADMIN]) {
      actAs(other);
      expect((await report(jobId, "csv")).status).toBe(404);
    }
    actAs(w.actors.RESPONSABLE);
    expect((await report(jobId, "pdf")).status).toBe(404);
  });

  it("round trip: the dossiers exported in the import's format, edited, imported again update them and create nothing", async () => {
    const w = await makeWorld();
    const actor = w.actors.RESPONSABLE;
    actAs(actor);
    const first = await upload(win1252Csv([
      "Nom;Prénom;Date de naissance;Téléphone;Situation familiale;Logement;Référent;RSA;Quartier",
      `Lefèvre;Hélène;14/03/1985;0612345678;Marié(e);HLM;${w.users.ts.email};oui;Fives`,
      `=cmd|' /C calc'!A0;Paul;01/01/1960;;;;;non;`,
    ]), "a.csv", true);
    const { next } = await first.json() as { next: string };
    const jobId = next.split("/").at(-1)!;
    await saveImportMapping(actor, { jobId, columns: (await loadImportJob(actor, jobId)).mapping, saveForNext: false });
    await runImportJob(actor, jobId);
    expect(await db.usager.count({ where: { structureId: w.a.id } })).toBe(2);

    const exported = await exportRoute(new Request(`${BASE}/api/import/export?format=xlsx`));
    expect(exported.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await exported.arrayBuffer());
    const ws = wb.worksheets[0]!;
    const headers = (ws.getRow(1).values as string[]).slice(1);
    expect(headers.slice(0, 6)).toEqual(["N° de dossier", "Civilité", "Nom", "Nom de naissance", "Prénom", "Date de naissance"]);
    const col = (h: string) => headers.indexOf(h) + 1;
    const helene = ws.getRow(2);
    expect([helene.getCell(col("Nom")).value, helene.getCell(col("Date de naissance")).value, helene.getCell(col("Situation familiale")).value, helene.getCell(col("Référent")).value, helene.getCell(col("RSA")).value])
      .toEqual(["Lefèvre", "14/03/1985", "Marié·e", w.users.ts.email, "oui"]);
    // A formula typed as a name comes out neutralised.
    expect(String(ws.getRow(3).getCell(col("Nom")).value)).toMatch(/^'=cmd/);
    helene.getCell(col("Quartier")).value = "Vauban";
    helene.getCell(col("Téléphone")).value = 699999999;

    const edited = await upload(new Uint8Array(await wb.xlsx.writeBuffer()), "dossiers-format-import.xlsx", true);
    const again = ((await edited.json()) as { next: string }).next.split("/").at(-1)!;
    const job = await loadImportJob(actor, again);
    expect(job.mapping.filter(Boolean).length).toBe(headers.length);
    await saveImportMapping(actor, { jobId: again, columns: job.mapping, saveForNext: false });
    await setImportGroupChoices(actor, { jobId: again, NEW: "CREATE", MATCH: "UPDATE_OVERWRITE", FILE_DUPLICATE: "SKIP" });
    expect(await runImportJob(actor, again)).toBe("DONE");
    expect(await loadImportJob(actor, again)).toMatchObject({ created: 0, updated: 1, errors: 0 });
    expect(await db.usager.findFirstOrThrow({ where: { structureId: w.a.id, nom: "Lefèvre" } })).toMatchObject({ quartier: "Vauban", telephone: "06 99 99 99 99", situationFamiliale: "MARIE" });
    expect(await db.usager.count({ where: { structureId: w.a.id } })).toBe(2);

    for (const other of [w.actors.ADMIN, w.actors.TRAVAILLEUR_SOCIAL, w.actors.OTHER_TS]) {
      actAs(other);
      expect((await exportRoute(new Request(`${BASE}/api/import/export?format=csv`))).status).toBe(404);
    }
  });

  it("a bad file comes back as a French message, signed in the address without JavaScript, as JSON with it; a TS gets 404", async () => {
    const w = await makeWorld();
    actAs(w.actors.ADMIN);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(0)]);
    const plain = await upload(png, "liste.csv", false);
    expect(plain.status).toBe(303);
    const location = new URL(plain.headers.get("location")!, BASE);
    expect(location.pathname).toBe("/parametres/import");
    expect(readNotice(location.searchParams.get("erreur"))?.fieldErrors.file).toMatch(/ni un CSV ni un classeur Excel/);
    const json = await upload(win1252Csv(["Nom;Prénom"]), "vide.csv", true);
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ ok: false, fieldErrors: { file: "Le fichier ne contient que la ligne d'en-tête : aucune ligne à importer." } });
    // XLSX bombs: XML nested 50,000 levels deep, a shared string inflating to 8 MB.
    const deep = xlsxFromParts({ rows: `${inlineRow(1, ["Nom", "Prénom"])}${"<x>".repeat(50_000)}${"</x>".repeat(50_000)}${inlineRow(2, ["Martin", "Jean"])}` });
    const deepAnswer = await upload(deep, "dossiers.xlsx", true);
    expect(deepAnswer.status).toBe(400);
    expect(((await deepAnswer.json()) as { fieldErrors: { file: string } }).fieldErrors.file).toMatch(/structure anormale/);
    const strings = xlsxFromParts({ rows: `${inlineRow(1, ["Nom", "Prénom"])}<row r="2"><c r="A2" t="s"><v>0</v></c></row>`, sharedStrings: ["a".repeat(8_000_000)] });
    const stringsAnswer = await upload(strings, "dossiers.xlsx", false);
    expect(stringsAnswer.status).toBe(303);
    expect(readNotice(new URL(stringsAnswer.headers.get("location")!, BASE).searchParams.get("erreur"))?.fieldErrors.file).toMatch(/anormalement volumineux/);
    expect(await db.importJob.count()).toBe(0);
    expect(await db.usager.count()).toBe(0);
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    expect((await upload(win1252Csv(["Nom;Prénom", "A;B"]), "a.csv", true)).status).toBe(404);
  });
});
