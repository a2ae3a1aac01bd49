// CSV and XLSX from dashboard tables, with French headers and number formats. CSV: semicolon
// separator, decimal comma, UTF-8 with BOM (what a French spreadsheet opens without an import
// dialog). XLSX: real numbers with a display format, so the figures stay computable.
import ExcelJS from "exceljs";
import { excelFranceCsv } from "@/lib/domain/shared/excel-csv";
import type { ColumnKind, DashboardTable } from "@/lib/domain/shared/figure-table";
import { csvCell, sheetCell, sheetRow } from "@/lib/domain/shared/spreadsheet-cell";

const DAY = 86_400_000;
/** Durations leave as days (a spreadsheet cannot sum "2 j 3 h"). */
const headerOf = (header: string, kind: ColumnKind) => (kind === "duree" || kind === "jours" ? `${header} (jours)` : kind === "euros" ? `${header} (€)` : header);

export function exportValue(v: string | number | null, kind: ColumnKind): string | number | null {
  if (v == null || typeof v === "string") return v;
  if (kind === "euros") return Math.round(v) / 100;
  if (kind === "duree") return Math.round((v / DAY) * 10) / 10;
  if (kind === "jours") return Math.round(v * 10) / 10;
  return v;
}

const csvNumber = (v: number, kind: ColumnKind) => (kind === "euros" ? v.toFixed(2) : String(v)).replace(".", ",");

export function tableToCsv(table: DashboardTable, context: string[]): Buffer {
  const rows = table.rows.map((row) => row.map((cell, i) => {
    const kind = table.columns[i]!.kind;
    const v = exportValue(cell.v, kind);
    return typeof v === "number" ? csvCell(csvNumber(v, kind), true) : csvCell(v);
  }));
  const heads = table.columns.map((col) => csvCell(headerOf(col.header, col.kind)));
  return Buffer.from(excelFranceCsv([...context.map((line) => [csvCell(line)]), heads, ...rows]));
}

const NUM_FMT: Record<ColumnKind, string | undefined> = { texte: undefined, int: "#,##0", euros: '#,##0.00 "€"', duree: "0.0", jours: "0.0" };

/** One worksheet per table: two context lines, a blank line, the bold header, the rows. */
export function addTableSheet(wb: ExcelJS.Workbook, name: string, table: DashboardTable, context: string[], mask?: (n: number) => string | number) {
  const ws = wb.addWorksheet(sheetName(name));
  for (const line of context) ws.addRow(sheetRow([line]));
  ws.addRow([]);
  const header = ws.addRow(sheetRow(table.columns.map((col) => headerOf(col.header, col.kind))));
  header.font = { bold: true };
  for (const row of table.rows) {
    ws.addRow(row.map((cell, i) => {
      const v = exportValue(cell.v, table.columns[i]!.kind);
      return sheetCell(mask && typeof v === "number" && table.columns[i]!.kind === "int" ? mask(v) : v);
    }));
  }
  table.columns.forEach((col, i) => {
    const column = ws.getColumn(i + 1);
    column.width = i === 0 ? 34 : 16;
    const fmt = NUM_FMT[col.kind];
    if (fmt) column.numFmt = fmt;
  });
  return ws;
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);

export function newWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Passerelle";
  wb.created = new Date();
  return wb;
}

export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
