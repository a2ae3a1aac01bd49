// The structure's dossiers, or its annuaire, in the import's own format: the headers the import
// recognises, the values as it reads them (dd/mm/yyyy, labels, oui/non, the référent's e-mail).
// Edited in Excel and imported again, each row finds its dossier by its N° de dossier, each
// partner by its name and organisme (round trip). Every cell neutralised against formulas.
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canEditAnnuaire, canExportDossiersForImport } from "@/lib/auth/permissions";
import { partenaireScope } from "@/lib/auth/scopes/partenaire";
import { CATEGORIE_LABELS } from "@/lib/domain/annuaire/labels";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { NotFoundError } from "@/lib/domain/errors";
import { CIVILITE_LABELS, LOGEMENT_STATUT_LABELS, SITUATION_FAMILIALE_LABELS } from "@/lib/domain/usagers/labels";
import { IMPORT_FIELDS, type ImportField } from "./fields";
import { PARTENAIRE_FIELDS } from "./partenaire-fields";
import { MAX_IMPORT_ROWS } from "./limits";
import { neutraliseText } from "@/lib/domain/shared/spreadsheet-cell";
import { excelFranceCsv } from "@/lib/domain/shared/excel-csv";

const EXPORTED = IMPORT_FIELDS.filter((f) => f.code !== "droitsOuverts" && f.code !== "observations");
const ddmmyyyy = (d: Date | null) => (d ? d.toISOString().slice(0, 10).split("-").reverse().join("/") : "");

export async function exportDossiersForImport(actor: Actor) {
  if (!canExportDossiersForImport(actor)) throw new NotFoundError();
  const usagers = await db.usager.findMany({
    where: { AND: [usagerScope(actor), { status: { not: "ARCHIVE" }, anonymiseLe: null }] },
    orderBy: { numeroDossier: "asc" }, take: MAX_IMPORT_ROWS,
    include: { referents: { include: { user: { select: { email: true } } }, take: 1 } },
  });
  const value = (u: (typeof usagers)[number], f: ImportField): string => {
    if (f.startsWith("droit:")) return u.droitsOuverts.includes(f.slice(6) as never) ? "oui" : "non";
    switch (f) {
      case "civilite": return u.civilite ? CIVILITE_LABELS[u.civilite] : "";
      case "dateNaissance":
        // Year only stays a year (re-imported as such), unknown stays empty (decision 0055).
        if (u.dateNaissancePrecision === "ANNEE" && u.dateNaissance) return String(u.dateNaissance.getUTCFullYear());
        return u.dateNaissancePrecision === "INCONNUE" ? "" : ddmmyyyy(u.dateNaissance);
      case "dernierContact": return ddmmyyyy(u.lastContactAt);
      case "situationFamiliale": return u.situationFamiliale ? SITUATION_FAMILIALE_LABELS[u.situationFamiliale] : "";
      case "logementStatut": return u.logementStatut ? LOGEMENT_STATUT_LABELS[u.logementStatut] : "";
      case "referent": return u.referents[0]?.user.email ?? "";
      default: return String((u as Record<string, unknown>)[f] ?? "");
    }
  };
  const headers = EXPORTED.map((f) => f.aliases[0]!);
  const rows = usagers.map((u) => EXPORTED.map((f) => neutraliseText(value(u, f.code))));
  await db.$transaction((tx) => writeAudit(tx, actor, { action: "import.export", entityType: "Usager", details: { dossiers: rows.length } }));
  return { headers, rows };
}

type Table = { sheet: string; headers: string[]; rows: string[][] };

const csvOf = ({ headers, rows }: Table) => excelFranceCsv([headers, ...rows]);

async function xlsxOf({ sheet, headers, rows }: Table) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(headers).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}


/** The annuaire's active services, with the annuaire import's headers (its first alias of each field). */
export async function exportPartenairesForImport(actor: Actor) {
  if (!canEditAnnuaire(actor)) throw new NotFoundError();
  const partenaires = await db.partenaire.findMany({ where: { AND: [partenaireScope(actor), { actif: true }] }, orderBy: [{ nom: "asc" }, { organisme: "asc" }], take: MAX_IMPORT_ROWS });
  const headers = PARTENAIRE_FIELDS.map((f) => f.aliases[0]!);
  const rows = partenaires.map((p) => PARTENAIRE_FIELDS.map((f) => neutraliseText(f.code === "categorie" ? CATEGORIE_LABELS[p.categorie] : (p[f.code] ?? ""))));
  await db.$transaction((tx) => writeAudit(tx, actor, { action: "import.export_annuaire", entityType: "Partenaire", details: { partenaires: rows.length } }));
  return { headers, rows };
}

const SOURCES = {
  dossiers: { sheet: "Dossiers", read: exportDossiersForImport },
  annuaire: { sheet: "Annuaire", read: exportPartenairesForImport },
} as const;

/** The file of a download route (`format` from its address), or null for its 404 (not allowed, unknown format). */
export async function importFormatFile(actor: Actor, source: keyof typeof SOURCES, format: string | null) {
  if (format !== "csv" && format !== "xlsx") return null;
  const { sheet, read } = SOURCES[source];
  let table: Table;
  try {
    table = { sheet, ...await read(actor) };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
  return format === "csv"
    ? { body: csvOf(table), filename: `${source}-format-import.csv`, contentType: "text/csv; charset=utf-8" }
    : { body: await xlsxOf(table), filename: `${source}-format-import.xlsx`, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
}
