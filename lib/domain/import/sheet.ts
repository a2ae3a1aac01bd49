// One sheet as the import reads it: the header row found among the first lines (a title or a
// merged "Identité" band above it is skipped), named columns, the data rows without blank ones.
import { IMPORT_MESSAGES, ImportFileError, MAX_CELL_CHARS, MAX_COLUMNS, MAX_IMPORT_ROWS } from "./limits";

export type RawRow = { line: number; cells: string[] };
export type Sheet = { name: string; headers: string[]; headerLine: number; rows: RawRow[] };

const blank = (r: RawRow) => r.cells.every((c) => !c.trim());

/**
 * `score(header)`: how many of a row's cells name a known column; the best of the first ten
 * filled rows is the header (the first filled row when none names anything).
 */
export function toSheet(name: string, raw: RawRow[], score: (headers: string[]) => number): Sheet {
  const filled = raw.filter((r) => !blank(r));
  if (filled.length === 0) throw new ImportFileError(IMPORT_MESSAGES.empty);
  for (const r of filled) {
    if (r.cells.length > MAX_COLUMNS) throw new ImportFileError(IMPORT_MESSAGES.tooManyColumns);
    if (r.cells.some((c) => c.length > MAX_CELL_CHARS)) throw new ImportFileError(IMPORT_MESSAGES.cellTooLong(r.line));
  }
  let headerIndex = 0;
  let best = 0;
  filled.slice(0, 10).forEach((r, i) => {
    const s = score(r.cells);
    if (s > best) {
      best = s;
      headerIndex = i;
    }
  });
  const header = filled[headerIndex]!;
  const seen = new Map<string, number>();
  const width = Math.max(...filled.slice(headerIndex).map((r) => r.cells.length));
  const headers = Array.from({ length: width }, (_, i) => {
    const base = (header.cells[i] ?? "").replace(/\s+/g, " ").trim() || `Colonne ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    // A merged header cell repeats its text over the columns it spans.
    return n === 1 ? base : `${base} (${n})`;
  });
  if (headers.every((h) => /^Colonne \d+$/.test(h))) throw new ImportFileError(IMPORT_MESSAGES.noHeader);
  // A cell our own exports neutralised ("'=…", lib/domain/import/neutralise.ts) comes back as it was.
  const cell = (text: string | undefined) => (text ?? "").trim().replace(/^'(?=[=+\-@])/, "");
  const rows = filled.slice(headerIndex + 1).map((r) => ({ line: r.line, cells: headers.map((_, i) => cell(r.cells[i])) }));
  if (rows.length === 0) throw new ImportFileError(IMPORT_MESSAGES.headerOnly);
  if (rows.length > MAX_IMPORT_ROWS) throw new ImportFileError(IMPORT_MESSAGES.tooManyRows);
  return { name, headers, headerLine: header.line, rows };
}
