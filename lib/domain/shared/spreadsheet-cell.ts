// Formula injection (CSV/XLSX): a text cell that starts with =, +, -, @, a tab or a carriage
// return is read by Excel, LibreOffice or Google Sheets as a formula (=HYPERLINK(…), =cmd|…).
// Every text cell of every file the app writes for a spreadsheet goes through this one helper,
// which prefixes such a text with an apostrophe (OWASP "CSV injection"). Numbers computed by the
// app stay numbers: a real negative number is not text typed by someone.
export type SheetValue = string | number | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text as it may enter a spreadsheet cell. */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** An XLSX cell: numbers and dates unchanged, text neutralised. */
export function sheetCell<T extends SheetValue>(value: T): T {
  return (typeof value === "string" ? neutraliseText(value) : value) as T;
}

/** An XLSX row (exceljs `addRow`). */
export const sheetRow = (values: readonly SheetValue[]) => values.map(sheetCell);

/**
 * A CSV cell: the app's own numbers arrive already formatted (decimal comma) with
 * `fromNumber` true and are kept; any other text is neutralised.
 */
export function csvCell(value: string | null | undefined, fromNumber = false): string {
  if (value == null) return "";
  return fromNumber ? value : neutraliseText(value);
}
