// An XLSX workbook, every sheet, every cell as the text the user sees, never evaluated: a formula
// comes in as its text ("=HYPERLINK(…)"), a date cell as yyyy-mm-dd, a number as its digits (a
// phone number that lost its leading 0 is repaired by the mapping, which knows the column).
import ExcelJS from "exceljs";
import { IMPORT_MESSAGES, ImportFileError, MAX_COLUMNS } from "./limits";
import { assertReasonableZip, assertShallowXml } from "./zip-check";
import type { RawRow } from "./sheet";

export type RawSheet = { name: string; rows: RawRow[] };

function isoOf(d: Date) {
  // exceljs gives dates as UTC midnights of the day written in the cell.
  return Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 10);
}

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (typeof value === "boolean") return value ? "oui" : "non";
  if (value instanceof Date) return isoOf(value);
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) {
      const f = (value as { formula?: string; sharedFormula?: string }).formula ?? (value as { sharedFormula?: string }).sharedFormula ?? "";
      return `=${f}`;
    }
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value && typeof (value as { text: unknown }).text === "string") return (value as { text: string }).text;
    if ("error" in value) return "";
  }
  return "";
}

export async function readXlsx(bytes: Uint8Array): Promise<RawSheet[]> {
  assertReasonableZip(bytes);
  assertShallowXml(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError(IMPORT_MESSAGES.unreadableXlsx);
  }
  const sheets: RawSheet[] = [];
  for (const ws of workbook.worksheets) {
    if (ws.state === "veryHidden") continue;
    if (ws.columnCount > MAX_COLUMNS) throw new ImportFileError(IMPORT_MESSAGES.tooManyColumns);
    const rows: RawRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, line) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellText(cell.value);
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= "";
      rows.push({ line, cells });
    });
    if (rows.some((r) => r.cells.some((c) => c.trim()))) sheets.push({ name: ws.name, rows });
  }
  return sheets;
}
