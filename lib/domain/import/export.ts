// The structure's dossiers in the import's own format: the headers the import recognises, the
// values as it reads them (dd/mm/yyyy, labels, oui/non, the référent's e-mail). Edited in Excel
// and imported again, each row finds its dossier by its N° de dossier (round trip).
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canExportDossiersForImport } from "@/lib/auth/permissions";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { NotFoundError } from "@/lib/domain/errors";
import { CIVILITE_LABELS, LOGEMENT_STATUT_LABELS, SITUATION_FAMILIALE_LABELS } from "@/lib/domain/usagers/labels";
import { IMPORT_FIELDS, type ImportField } from "./fields";
import { MAX_IMPORT_ROWS } from "./limits";
import { neutraliseText } from "@/lib/domain/shared/spreadsheet-cell";

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

export async function exportDossiersCsv(actor: Actor) {
  const { headers, rows } = await exportDossiersForImport(actor);
  return new TextEncoder().encode(`\uFEFF${stringify([headers, ...rows], { delimiter: ";", record_delimiter: "\r\n" })}`);
}

export async function exportDossiersXlsx(actor: Actor) {
  const { headers, rows } = await exportDossiersForImport(actor);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Dossiers");
  ws.addRow(headers).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
