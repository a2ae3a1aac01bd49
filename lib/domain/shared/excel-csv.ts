// CSV as Excel France opens it without an import dialog: UTF-8 with a BOM, `;` between fields,
// CRLF between records. The cells come already neutralised (spreadsheet-cell.ts).
import { stringify, type Options } from "csv-stringify/sync";

export function excelFranceCsv(records: readonly (readonly string[])[], options: Pick<Options, "quoted_match"> = {}): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${stringify(records as string[][], { delimiter: ";", record_delimiter: "\r\n", ...options })}`);
}
