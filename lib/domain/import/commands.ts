// Writes of an import before its commit: the job from an uploaded file (the parsed rows are
// stored, the file itself is not), the mapping (saved for the next import if asked) and its
// preview, the choices per group and per row, abandoning. Every job is read through its scope:
// another structure's or role's job is not found.
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canEditAnnuaire, canImportDossiers } from "@/lib/auth/permissions";
import { PARTENAIRE_FIELD_LABELS, PARTENAIRE_KIND, partenaireHeaderScore, partenaireMapping, type PartenaireField } from "./partenaire-fields";
import { analysePartenaireRows } from "./partenaires";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { importJobScope, importMappingScope, importRowScope } from "@/lib/auth/scopes/import";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import type { z } from "zod";
import { autoMapping, headerScore, IMPORT_FIELD_LABELS, normalizeHeader, type ImportField } from "./fields";
import { IMPORT_MESSAGES, ImportFileError, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./limits";
import { readImportFile } from "./read-file";
import { analyseRows, storeAnalysis } from "./analyse";
import { analyseSheetRows } from "./analyse-sheets";
import { guessRole, roleFromName, sheetMapping, SHEET_FIELD_LABELS, SHEET_FIELDS, type ImportSheet, type SheetField } from "./sheet-fields";
import { DEFAULT_GROUP_CHOICES, GROUP_CHOICES, type ImportGroup, type ZGroupChoices, type ZImportJobRef, type ZImportMapping, type ZImportSheetMapping, type ZRowChoice } from "./schemas";

export const IMPORT_KIND = "usagers";
// The birth date may be unknown (people without papers): only the name is required.
const REQUIRED: ImportField[] = ["nom", "prenom"];

export async function loadImportJob(actor: Actor, jobId: string) {
  const job = await db.importJob.findFirst({ where: { AND: [importJobScope(actor), { id: jobId }] } });
  if (!job) throw new NotFoundError();
  return job;
}

export type ImportKind = typeof IMPORT_KIND | typeof PARTENAIRE_KIND;

export async function savedMapping(actor: Actor, kind: ImportKind = IMPORT_KIND): Promise<Record<string, string>> {
  const saved = await db.importMapping.findFirst({ where: { AND: [importMappingScope(actor), { kind }] } });
  return (saved?.columns as Record<string, string> | undefined) ?? {};
}

export async function createImportFromFile(actor: Actor, file: { name: string; bytes: Uint8Array }, kind: ImportKind = IMPORT_KIND) {
  if (!canImportDossiers(actor)) throw new NotFoundError();
  if (kind === PARTENAIRE_KIND) return createPartenaireImport(actor, file);
  if (file.bytes.length > MAX_IMPORT_BYTES) throw new DomainError(IMPORT_MESSAGES.tooLarge, { file: IMPORT_MESSAGES.tooLarge });
  let read;
  try {
    read = await readImportFile(file.bytes, headerScore);
  } catch (error) {
    if (error instanceof ImportFileError) throw new DomainError(error.message, { file: error.message });
    throw error;
  }
  // The dossiers' sheet: the one whose header names the most known columns, among the sheets
  // whose name does not say members or contacts (those also have Nom, Prénom, Date de naissance).
  const candidates = read.sheets.filter((s) => !roleFromName(s.name));
  const sheet = [...(candidates.length ? candidates : read.sheets)].sort((a, b) => headerScore(b.headers) - headerScore(a.headers))[0]!;
  const mapping = autoMapping(sheet.headers, await savedMapping(actor));
  const others = read.sheets.filter((s) => s !== sheet);
  const sheets: ImportSheet[] = others.map((s) => {
    const role = guessRole(s.name, s.headers);
    return { name: s.name.slice(0, 100), role, headers: s.headers, mapping: sheetMapping(role, s.headers), totalRows: s.rows.length };
  });
  const totalRows = read.sheets.reduce((n, s) => n + s.rows.length, 0);
  if (totalRows > MAX_IMPORT_ROWS) throw new DomainError(IMPORT_MESSAGES.tooManyRows, { file: IMPORT_MESSAGES.tooManyRows });
  const fileName = file.name.replace(/[\\/\u0000-\u001f]/g, "_").slice(0, 200) || "fichier";
  return db.$transaction(async (tx) => {
    const job = await tx.importJob.create({
      data: {
        ...ownedBy(actor), createdById: actor.id, kind: IMPORT_KIND, fileName, sheetName: sheet.name, format: read.format,
        headers: sheet.headers, mapping, groupChoices: DEFAULT_GROUP_CHOICES, totalRows, sheets,
      },
      select: { id: true },
    });
    // The dossiers first, then each other sheet: a member's dossier is committed before it.
    const all = [sheet, ...others].flatMap((s, k) => s.rows.map((r) => ({ sheet: k, line: r.line, cells: r.cells })));
    for (let i = 0; i < all.length; i += 5_000) {
      await tx.importRow.createMany({
        data: all.slice(i, i + 5_000).map((r, j) => ({ jobId: job.id, position: i + j, line: r.line, cells: r.cells, label: "", sheet: r.sheet })),
      });
    }
    await writeAudit(tx, actor, {
      action: "import.upload", entityType: "ImportJob", entityId: job.id,
      details: { fichier: fileName, format: read.format, feuille: sheet.name, lignes: totalRows, autresFeuilles: sheets.map((s) => s.name) },
    });
    return { jobId: job.id };
  }, { timeout: 120_000 });
}

/** The annuaire's list: one sheet (the one naming the most partner columns), no other. */
async function createPartenaireImport(actor: Actor, file: { name: string; bytes: Uint8Array }) {
  if (!canEditAnnuaire(actor)) throw new NotFoundError();
  if (file.bytes.length > MAX_IMPORT_BYTES) throw new DomainError(IMPORT_MESSAGES.tooLarge, { file: IMPORT_MESSAGES.tooLarge });
  let read;
  try {
    read = await readImportFile(file.bytes, partenaireHeaderScore);
  } catch (error) {
    if (error instanceof ImportFileError) throw new DomainError(error.message, { file: error.message });
    throw error;
  }
  const sheet = [...read.sheets].sort((a, b) => partenaireHeaderScore(b.headers) - partenaireHeaderScore(a.headers))[0]!;
  const mapping = partenaireMapping(sheet.headers, await savedMapping(actor, PARTENAIRE_KIND));
  const fileName = file.name.replace(/[\\/\u0000-\u001f]/g, "_").slice(0, 200) || "fichier";
  return db.$transaction(async (tx) => {
    const job = await tx.importJob.create({
      data: {
        ...ownedBy(actor), createdById: actor.id, kind: PARTENAIRE_KIND, fileName, sheetName: sheet.name, format: read.format,
        headers: sheet.headers, mapping, groupChoices: DEFAULT_GROUP_CHOICES, totalRows: sheet.rows.length,
      },
      select: { id: true },
    });
    for (let i = 0; i < sheet.rows.length; i += 5_000) {
      await tx.importRow.createMany({ data: sheet.rows.slice(i, i + 5_000).map((r, j) => ({ jobId: job.id, position: i + j, line: r.line, cells: r.cells, label: "" })) });
    }
    await writeAudit(tx, actor, { action: "import.upload", entityType: "ImportJob", entityId: job.id, details: { fichier: fileName, format: read.format, feuille: sheet.name, lignes: sheet.rows.length, annuaire: true } });
    return { jobId: job.id };
  }, { timeout: 120_000 });
}

export async function saveImportMapping(actor: Actor, input: z.output<typeof ZImportMapping>, today = new Date()) {
  const job = await loadImportJob(actor, input.jobId);
  if (job.status !== "MAPPING" && job.status !== "PREVIEW") throw new DomainError("Cet import est déjà lancé : les colonnes ne peuvent plus changer.");
  if (input.columns.length !== job.headers.length) throw new DomainError("Le tableau des colonnes ne correspond plus au fichier : rechargez la page.");
  const columns = input.columns as (ImportField | "")[];
  const annuaire = job.kind === PARTENAIRE_KIND;
  const labels: Record<string, string> = annuaire ? PARTENAIRE_FIELD_LABELS : IMPORT_FIELD_LABELS;
  const fieldErrors: Record<string, string> = {};
  columns.forEach((field, i) => {
    const first = columns.indexOf(field);
    if (field && !(field in labels)) fieldErrors[`columns.${i}`] = "Champ inconnu : choisissez dans la liste.";
    else if (field && first !== i) fieldErrors[`columns.${i}`] = `« ${labels[field]} » est déjà associé à la colonne « ${job.headers[first]} ».`;
  });
  const missing = (annuaire ? ["nom"] : REQUIRED).filter((f) => !(columns as string[]).includes(f));
  if (missing.length) fieldErrors.columns = `Associez une colonne à : ${missing.map((f) => labels[f]).join(", ")} (${annuaire ? "obligatoire pour créer un service" : "obligatoires pour créer un dossier"}).`;
  if (Object.keys(fieldErrors).length) throw new DomainError("Les colonnes associées contiennent des erreurs.", fieldErrors);
  if (annuaire) {
    const rows = await db.importRow.findMany({ where: { jobId: job.id }, orderBy: { position: "asc" }, select: { id: true, line: true, cells: true } });
    await storeAnalysis(job.id, await analysePartenaireRows(actor, rows, columns as unknown as (PartenaireField | "")[]));
    await db.$transaction(async (tx) => {
      await tx.importJob.update({ where: { id: job.id }, data: { mapping: columns, status: "PREVIEW" } });
      if (input.saveForNext) await saveMappingFor(tx, actor, PARTENAIRE_KIND, job.headers, columns);
    });
    return { jobId: job.id };
  }

  const rows = await db.importRow.findMany({ where: { jobId: job.id, sheet: 0 }, orderBy: { position: "asc" }, select: { id: true, position: true, line: true, cells: true } });
  const analysed = await analyseRows(actor, rows, columns, today);
  await storeAnalysis(job.id, analysed);
  // Members and contacts are tied to the dossiers' rows: checked again with the new columns.
  const sheets = job.sheets as ImportSheet[];
  for (let k = 0; k < sheets.length; k++) await analyseSheet(actor, job.id, k + 1, sheets[k]!, rows, columns, today);
  await db.$transaction(async (tx) => {
    await tx.importJob.update({ where: { id: job.id }, data: { mapping: columns, status: "PREVIEW" } });
    if (input.saveForNext) await saveMappingFor(tx, actor, IMPORT_KIND, job.headers, columns);
  });
  return { jobId: job.id };
}

async function saveMappingFor(tx: DbTx, actor: Actor, kind: ImportKind, headers: string[], columns: string[]) {
  const saved = Object.fromEntries(headers.map((h, i) => [normalizeHeader(h), columns[i] ?? ""]));
  await tx.importMapping.upsert({
    where: { structureId_kind: { ...ownedBy(actor), kind } },
    create: { ...ownedBy(actor), kind, columns: saved, updatedById: actor.id },
    update: { columns: { ...(await savedMapping(actor, kind)), ...saved }, updatedById: actor.id },
  });
}

async function analyseSheet(actor: Actor, jobId: string, index: number, sheet: ImportSheet, mainRows: { id: string; line: number; cells: string[] }[], mainMapping: (ImportField | "")[], today: Date) {
  const rows = await db.importRow.findMany({ where: { jobId, sheet: index }, orderBy: { position: "asc" }, select: { id: true, line: true, cells: true } });
  await storeAnalysis(jobId, await analyseSheetRows(actor, sheet, rows, mainRows, mainMapping, today));
}

/** Says what another sheet of the workbook holds and which column is what; its rows are checked again. */
export async function saveImportSheetMapping(actor: Actor, input: z.output<typeof ZImportSheetMapping>, today = new Date()) {
  const job = await loadImportJob(actor, input.jobId);
  if (job.status !== "PREVIEW") throw new DomainError("Associez d'abord les colonnes de la feuille des dossiers ; cet import ne doit pas être lancé.");
  const sheets = job.sheets as ImportSheet[];
  const sheet = sheets[input.sheet - 1];
  if (!sheet) throw new NotFoundError();
  if (input.columns.length !== sheet.headers.length) throw new DomainError("Le tableau des colonnes ne correspond plus au fichier : rechargez la page.");
  const columns = (input.role ? input.columns : sheet.headers.map(() => "")) as (SheetField | "")[];
  const allowed = new Set<string>(input.role ? SHEET_FIELDS[input.role].map((f) => f.code) : []);
  const fieldErrors: Record<string, string> = {};
  columns.forEach((field, i) => {
    if (!field) return;
    if (!allowed.has(field)) fieldErrors[`columns.${i}`] = "Ce champ ne fait pas partie de cette sorte de feuille.";
    else if (columns.indexOf(field) !== i) fieldErrors[`columns.${i}`] = `« ${SHEET_FIELD_LABELS[field]} » est déjà associé à la colonne « ${sheet.headers[columns.indexOf(field)]} ».`;
  });
  if (input.role) {
    const needed: SheetField[] = input.role === "foyer" ? ["nom", "prenom", "dateNaissance", "lien"] : ["date", "resume"];
    const missing = needed.filter((f) => !columns.includes(f));
    if (missing.length) fieldErrors.columns = `Associez une colonne à : ${missing.map((f) => SHEET_FIELD_LABELS[f]).join(", ")}.`;
    else if (!columns.includes("dossier") && !(columns.includes("demandeurNom") && columns.includes("demandeurPrenom"))) {
      fieldErrors.columns = "Associez le N° de dossier (ou l'identifiant), ou le nom et le prénom de la personne du dossier : sans eux, rien ne dit à quel dossier va chaque ligne.";
    }
  }
  if (Object.keys(fieldErrors).length) throw new DomainError("Les colonnes associées contiennent des erreurs.", fieldErrors);
  const next = { ...sheet, role: input.role, mapping: columns };
  const mainRows = await db.importRow.findMany({ where: { jobId: job.id, sheet: 0 }, orderBy: { position: "asc" }, select: { id: true, line: true, cells: true } });
  await analyseSheet(actor, job.id, input.sheet, next, mainRows, job.mapping as (ImportField | "")[], today);
  await db.importJob.update({ where: { id: job.id }, data: { sheets: sheets.map((s, k) => (k === input.sheet - 1 ? next : s)) } });
  return { jobId: job.id };
}

function assertPreview(job: { status: string }) {
  if (job.status !== "PREVIEW") throw new DomainError("Cet import n'est plus à l'étape de l'aperçu : les choix ne peuvent plus changer.");
}

export async function setImportGroupChoices(actor: Actor, input: z.output<typeof ZGroupChoices>) {
  const job = await loadImportJob(actor, input.jobId);
  assertPreview(job);
  await db.importJob.update({ where: { id: job.id }, data: { groupChoices: { NEW: input.NEW, MATCH: input.MATCH, FILE_DUPLICATE: input.FILE_DUPLICATE, ERROR: "SKIP" } } });
  return { jobId: job.id };
}

export async function setImportRowChoice(actor: Actor, input: z.output<typeof ZRowChoice>) {
  const job = await loadImportJob(actor, input.jobId);
  assertPreview(job);
  const row = await db.importRow.findFirst({ where: { AND: [importRowScope(actor), { id: input.rowId, jobId: job.id }] }, select: { id: true, group: true, sheet: true } });
  if (!row) throw new NotFoundError();
  // A member or contact is added or skipped, nothing else.
  const choices: readonly string[] = row.sheet > 0 ? (row.group === "NEW" ? ["CREATE", "SKIP"] : []) : GROUP_CHOICES[row.group as ImportGroup];
  if (input.choice && !choices.includes(input.choice)) {
    throw new DomainError(row.group === "ERROR" ? "Une ligne en erreur ne peut pas être importée : corrigez le fichier puis déposez-le de nouveau." : "Ce choix n'est pas possible pour cette ligne.", { choice: "Choisissez une valeur de la liste." });
  }
  await db.importRow.update({ where: { id: row.id }, data: { choice: input.choice || null } });
  return { jobId: job.id };
}

export async function cancelImport(actor: Actor, input: z.output<typeof ZImportJobRef>) {
  const job = await loadImportJob(actor, input.jobId);
  if (job.status === "RUNNING" || job.status === "DONE" || job.status === "CANCELLED") throw new DomainError("Cet import ne peut plus être abandonné.");
  await db.$transaction(async (tx) => {
    // What was committed stays; the rows not yet brought in, and the file's cells, go.
    await tx.importRow.deleteMany({ where: { jobId: job.id, outcome: null } });
    await tx.importRow.updateMany({ where: { jobId: job.id }, data: { cells: [] } });
    await tx.importJob.update({ where: { id: job.id }, data: { status: "CANCELLED", finishedAt: new Date() } });
    await writeAudit(tx, actor, { action: "import.cancel", entityType: "ImportJob", entityId: job.id, details: { fichier: job.fileName } });
  });
  return { jobId: job.id };
}
