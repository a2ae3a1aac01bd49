// The import's report as files: every row with its line, person, outcome, dossier and reason,
// in CSV (UTF-8 with BOM, `;`, as Excel France opens it) and XLSX. Every cell neutralised.
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/actor";
import { getImportJob, importReportRows } from "./queries";
import { neutraliseText } from "@/lib/domain/shared/spreadsheet-cell";
import { excelFranceCsv } from "@/lib/domain/shared/excel-csv";
import type { ImportSheet } from "./sheet-fields";
import { GROUP_LABELS, OUTCOME_LABELS, type ImportGroup, type ImportOutcome } from "./schemas";

const HEADERS = ["Feuille", "Ligne", "Personne", "Groupe", "Résultat", "N° de dossier", "Motif"];

export async function importReport(actor: Actor, jobId: string) {
  const job = await getImportJob(actor, jobId);
  const rows = await importReportRows(actor, jobId);
  const sheetNames = [job.sheetName, ...(job.sheets as ImportSheet[]).map((s) => s.name)];
  const lines = rows.map((r) => [
    sheetNames[r.sheet] ?? "", String(r.line), r.label, GROUP_LABELS[r.group as ImportGroup], r.outcome ? OUTCOME_LABELS[r.outcome as ImportOutcome] : "Non importé",
    r.dossierNumero ?? "", r.reason ?? Object.values((r.cellErrors ?? {}) as Record<string, string>).join(" ; "),
  ].map(neutraliseText));
  return { job, lines };
}

export async function importReportCsv(actor: Actor, jobId: string): Promise<Uint8Array> {
  const { lines } = await importReport(actor, jobId);
  return excelFranceCsv([HEADERS, ...lines], { quoted_match: /[;\r\n"]/ });
}

export async function importReportXlsx(actor: Actor, jobId: string): Promise<Uint8Array> {
  const { job, lines } = await importReport(actor, jobId);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Rapport d'import");
  ws.addRow([`Import du fichier ${neutraliseText(job.fileName)}`]);
  ws.addRow(HEADERS).font = { bold: true };
  for (const l of lines) ws.addRow(l);
  ws.columns.forEach((c, i) => { c.width = [18, 8, 30, 22, 14, 16, 80][i]; });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
