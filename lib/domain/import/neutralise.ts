// A cell of a CSV or XLSX we hand out must never run as a formula in Excel or LibreOffice
// (OWASP "CSV injection"): text starting with = + - @ or a tab/carriage return gets a leading
// apostrophe. (Local to the import until the shared lib/domain/shared/spreadsheet-cell.ts lands.)
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
