// A cell's text turned into what the usager form would have received: dates as yyyy-mm-dd,
// phone numbers with their leading 0, amounts the French way, yes/no as booleans. A value that
// cannot be read comes back as `null` with the cell kept, for a French message on that cell.
import { normalizeText } from "@/lib/domain/shared/normalize";

const pad = (n: number) => String(n).padStart(2, "0");

function validIso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/**
 * "14/03/1985", "14/03/85", "14-03-1985", "14.03.1985", "1985-03-14", an Excel serial (31120)
 * → "1985-03-14". Two-digit years are of this century up to the current year, else the last one.
 * "" stays "", an unreadable value gives null.
 */
export function parseDateCell(text: string, today = new Date()): string | null {
  const v = text.trim();
  if (!v) return "";
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(v);
  if (m) return validIso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(v);
  if (m) {
    let year = Number(m[3]);
    if (m[3]!.length === 2) {
      const century = Math.floor(today.getUTCFullYear() / 100) * 100;
      year = century + year > today.getUTCFullYear() ? century - 100 + year : century + year;
    }
    return validIso(year, Number(m[2]), Number(m[1]));
  }
  if (/^\d{1,6}(\.\d+)?$/.test(v)) return excelSerialToIso(Number(v));
  return null;
}

/** A phone number stored as a number lost its leading 0 (612345678): it gets it back. */
export function parsePhoneCell(text: string): string {
  const v = text.trim();
  if (/^[1-9]\d{8}$/.test(v)) return `0${v}`;
  if (/^33[1-9]\d{8}$/.test(v)) return `+${v}`;
  return v;
}

/** "1 234,56", "1234.56", "1 234,56 €", "1,234.56" → "1234,56" as the form's amount field reads it; null when unreadable. */
export function parseAmountCell(text: string): string | null {
  const v = text.replace(/[\s\u00a0\u202f€]/g, "");
  if (!v) return "";
  let normalised: string;
  if (/^-?\d{1,3}(,\d{3})+\.\d{1,2}$/.test(v)) normalised = v.replace(/,/g, "");
  else if (/^-?\d{1,3}(\.\d{3})+,\d{1,2}$/.test(v)) normalised = v.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d+([.,]\d{1,2})?$/.test(v)) normalised = v.replace(",", ".");
  else if (/^-?\d+\.\d+$/.test(v)) normalised = Number(v).toFixed(2); // 1234.5600000001 from a computed cell
  else return null;
  return normalised.replace(".", ",");
}

const YES = new Set(["oui", "o", "x", "1", "vrai", "true", "yes", "y", "ok", "ouvert", "en cours"]);
const NO = new Set(["non", "n", "0", "faux", "false", "no", ""]);
/** true, false, or null when the cell says something else. */
export function parseYesNoCell(text: string): boolean | null {
  const v = normalizeText(text);
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}

/**
 * A label of a list ("Marié(e)", "marie", "Locataire HLM") → its code, by the label itself,
 * the code, or one of the synonyms given; null when nothing matches.
 */
export function parseChoiceCell<T extends string>(text: string, labels: Record<T, string>, synonyms: Record<string, T> = {}): T | "" | null {
  const v = normalizeText(text);
  if (!v) return "";
  const compact = (s: string) => normalizeText(s).replace(/ /g, "");
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    if (compact(code) === compact(v) || compact(label) === compact(v)) return code;
  }
  for (const [word, code] of Object.entries(synonyms)) if (normalizeText(word) === v) return code;
  // "Locataire HLM" → the label's first word is enough when it is unambiguous.
  const byFirst = (Object.entries(labels) as [T, string][]).filter(([, label]) => {
    const first = normalizeText(label).split(" ")[0]!;
    return first.length >= 4 && v.split(" ")[0] === first;
  });
  return byFirst.length === 1 ? byFirst[0]![0] : null;
}
