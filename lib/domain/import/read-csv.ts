// A CSV as Excel France and other tools write it: UTF-8 with or without BOM, or Windows-1252
// (Excel's "CSV (séparateur : point-virgule)"), `;` `,` or tab, quoted fields over several lines.
import chardet from "chardet";
import iconv from "iconv-lite";
import { parse } from "csv-parse/sync";
import { IMPORT_MESSAGES, ImportFileError } from "./limits";

export type CsvEncoding = "utf-8" | "windows-1252";

/** UTF-8 when the bytes are valid UTF-8 (a BOM says so too), else the single-byte encoding chardet names. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not UTF-8: Excel France writes Windows-1252; ISO-8859-1/15 files read the same for French text.
    const guess = (chardet.detect(bytes) ?? "").toLowerCase();
    const encoding = /utf-?16/.test(guess) ? guess : "windows-1252";
    if (encoding !== "windows-1252") return { text: iconv.decode(Buffer.from(bytes), encoding).replace(/^\uFEFF/, ""), encoding: "utf-8" };
    return { text: iconv.decode(Buffer.from(bytes), "win1252"), encoding: "windows-1252" };
  }
}

/** The separator that splits the first lines into the most, and the same number of, columns. */
export function detectSeparator(text: string): ";" | "," | "\t" {
  const lines: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text.slice(0, 64 * 1024)) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "\n") {
      if (current.trim()) lines.push(current);
      current = "";
      if (lines.length >= 5) break;
    } else current += ch;
  }
  if (current.trim() && lines.length < 5) lines.push(current);
  const count = (line: string, sep: string) => {
    let n = 0;
    let q = false;
    for (const ch of line) {
      if (ch === '"') q = !q;
      else if (!q && ch === sep) n++;
    }
    return n;
  };
  let best: ";" | "," | "\t" = ";";
  let bestScore = -1;
  for (const sep of [";", "\t", ","] as const) {
    const counts = lines.map((l) => count(l, sep));
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    // The header's count, weighted by how many of the next lines agree with it.
    const score = first * (1 + counts.filter((c) => c === first).length);
    if (score > bestScore) {
      best = sep;
      bestScore = score;
    }
  }
  return best;
}

export function readCsv(bytes: Uint8Array): { rows: { line: number; cells: string[] }[]; encoding: CsvEncoding; separator: string } {
  const { text, encoding } = decodeCsv(bytes);
  if (text.includes("\u0000")) throw new ImportFileError(IMPORT_MESSAGES.notSpreadsheet);
  const separator = detectSeparator(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: separator, relax_column_count: true, skip_empty_lines: false, bom: true, info: true,
      relax_quotes: true, trim: false,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? null;
    throw new ImportFileError(IMPORT_MESSAGES.unreadableCsv(line));
  }
  // The line each record starts on, as a spreadsheet shows it: one more than the previous
  // record's start plus the line breaks inside its quoted cells (csv-parse counts \r\n twice).
  let start = 1;
  const rows = records.map(({ record }) => {
    const row = { line: start, cells: record };
    start += 1 + record.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    return row;
  });
  return { rows, encoding, separator };
}
