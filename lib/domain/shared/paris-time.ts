// Times are stored in UTC and typed/shown in Europe/Paris. @date-fns/tz does the DST arithmetic
// (a maintained library rather than hand-made offsets).
import { TZDate } from "@date-fns/tz";

export const PARIS = "Europe/Paris";
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-11-22T10:30" typed in Paris → the UTC instant; null when malformed. */
export function parisLocalToDate(value: string): Date | null {
  const m = LOCAL.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const date = new TZDate(y, mo - 1, d, h, mi, PARIS);
  // new TZDate rolls 31/02 over to March: refuse instead.
  if (date.getDate() !== d || date.getMonth() !== mo - 1) return null;
  return new Date(date.getTime());
}

/** The value of an <input type="datetime-local"> for an instant, in Paris time. */
export function dateToParisLocal(date: Date): string {
  const z = new TZDate(date.getTime(), PARIS);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${z.getFullYear()}-${p(z.getMonth() + 1)}-${p(z.getDate())}T${p(z.getHours())}:${p(z.getMinutes())}`;
}

/** Today's calendar date in Paris, as yyyy-mm-dd. */
export function parisToday(now = new Date()): string {
  return dateToParisLocal(now).slice(0, 10);
}

/** The calendar year in Paris: dossier and fiche numbers restart on 1 January at midnight in Paris, not at 1 a.m. */
export function parisYear(now = new Date()): number {
  return Number(parisToday(now).slice(0, 4));
}
