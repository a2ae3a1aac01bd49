// Files of a CCAS built by the tests: real Windows-1252 bytes (iconv-lite) and real XLSX (exceljs).
import ExcelJS from "exceljs";
import iconv from "iconv-lite";

export const win1252Csv = (lines: string[]) => new Uint8Array(iconv.encode(`${lines.join("\r\n")}\r\n`, "win1252"));

export async function xlsxOf(sheets: Record<string, unknown[][]>) {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Excel's serial number of a date (days since 1899-12-30). */
export const serial = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
