// A "du … au …" filter of a list, read from the URL as Paris calendar days (yyyy-mm-dd, both
// inclusive, what <input type="date"> gives). The dashboard links to lists with the same two
// parameters, so a number and the list behind it are computed over the same instants:
// [Paris midnight of `du`, Paris midnight of the day after `au`).
import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { PARIS } from "./paris-time";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day between 2000 and 2100, as yyyy-mm-dd. */
export function isIsoDay(v: string): boolean {
  if (!ISO.test(v) || v < "2000-01-01" || v > "2100-12-31") return false;
  // "2026-13-01" is an Invalid Date (toISOString would throw); "2026-02-30" rolls over to March.
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** A list's day parameter: a valid day, or "" when absent or malformed (the filter is then off). */
export const ZOptionalDay = z.string().refine(isIsoDay).or(z.literal("")).catch("");

/** A calendar day (yyyy-mm-dd) plus n days (calendar arithmetic in UTC). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The UTC instant of midnight in Paris at the start of this calendar day. */
export function parisMidnight(day: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, PARIS).getTime());
}

/**
 * Bounds for a timestamp column: `gte` Paris midnight of `du`, `lt` Paris midnight after `au`.
 * Either side may be open (""). Null when neither is set.
 */
export function instantRange(du: string, au: string): { gte?: Date; lt?: Date } | null {
  if (!du && !au) return null;
  return { ...(du ? { gte: parisMidnight(du) } : {}), ...(au ? { lt: parisMidnight(addDays(au, 1)) } : {}) };
}

/**
 * Bounds for a calendar-date column (@db.Date, stored at UTC midnight): `gte` du, `lt` the day
 * after au, both at UTC midnight.
 */
export function dateColumnRange(du: string, au: string): { gte?: Date; lt?: Date } | null {
  if (!du && !au) return null;
  const utc = (day: string) => new Date(`${day}T00:00:00Z`);
  return { ...(du ? { gte: utc(du) } : {}), ...(au ? { lt: utc(addDays(au, 1)) } : {}) };
}
