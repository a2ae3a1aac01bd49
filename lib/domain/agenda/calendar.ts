// Calendar arithmetic on Paris dates ("yyyy-mm-dd" strings): a calendar date has no time zone,
// so days are added in UTC on the date alone; instants come from paris-time.ts (DST-aware).
import { parisLocalToDate, parisToday } from "@/lib/domain/shared/paris-time";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(v: string): boolean {
  if (!ISO.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday: 1 = lundi … 7 = dimanche. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The instant a Paris calendar day starts (23 or 25 hours long on DST days). */
export function parisDayStart(date: string): Date {
  return parisLocalToDate(`${date}T00:00`)!;
}

/** [start, end) of `days` Paris days from `date`. */
export function parisRange(date: string, days: number): { from: Date; to: Date } {
  return { from: parisDayStart(date), to: parisDayStart(addDays(date, days)) };
}

export function safeDate(value: string | undefined, now = new Date()): string {
  return value && isIsoDate(value) ? value : parisToday(now);
}
