// The uploaded file, whatever its name says: the bytes decide (a PDF or a picture renamed .csv
// is refused, an old .xls gets its own advice), then the CSV or XLSX reader gives its sheets.
import { fileTypeFromBuffer } from "file-type";
import { IMPORT_MESSAGES, ImportFileError, MAX_IMPORT_BYTES } from "./limits";
import { readCsv } from "./read-csv";
import { readXlsx } from "./read-xlsx";
import { toSheet, type Sheet } from "./sheet";

export type ReadFile = { format: "csv" | "xlsx"; encoding?: string; separator?: string; sheets: Sheet[] };

/** Control characters other than tab, line breaks and form feed: a text file has almost none. */
function looksBinary(bytes: Uint8Array) {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.01;
}

export async function readImportFile(bytes: Uint8Array, score: (headers: string[]) => number): Promise<ReadFile> {
  if (bytes.length === 0) throw new ImportFileError(IMPORT_MESSAGES.empty);
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportFileError(IMPORT_MESSAGES.tooLarge);
  const type = await fileTypeFromBuffer(bytes);
  if (type?.ext === "xlsx" || (type?.ext === "zip" && bytes[0] === 0x50)) {
    const raw = await readXlsx(bytes);
    if (raw.length === 0) throw new ImportFileError(IMPORT_MESSAGES.noSheet);
    const sheets: Sheet[] = [];
    let firstError: ImportFileError | null = null;
    for (const s of raw) {
      try {
        sheets.push(toSheet(s.name, s.rows, score));
      } catch (error) {
        // A sheet of notes or an empty tab beside the list is no reason to refuse the workbook.
        if (!(error instanceof ImportFileError)) throw error;
        firstError ??= error;
      }
    }
    if (sheets.length === 0) throw firstError ?? new ImportFileError(IMPORT_MESSAGES.noSheet);
    return { format: "xlsx", sheets };
  }
  if (type?.ext === "cfb") throw new ImportFileError(IMPORT_MESSAGES.oldExcel);
  if (type || looksBinary(bytes)) throw new ImportFileError(IMPORT_MESSAGES.notSpreadsheet);
  const csv = readCsv(bytes);
  return { format: "csv", encoding: csv.encoding, separator: csv.separator, sheets: [toSheet("CSV", csv.rows, score)] };
}
