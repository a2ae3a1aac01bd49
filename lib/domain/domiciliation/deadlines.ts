// The legal delays of a domiciliation as pure functions on calendar dates (UTC midnight): the
// decision within 2 months of the request (CASF R.264-5), a validity of one year, renewal
// shown 30 days ahead, and the end proposed after more than 3 consecutive months without contact.
import { parisToday } from "@/lib/domain/shared/paris-time";

export const DECISION_MONTHS = 2;
export const VALIDITY_YEARS = 1;
export const EXPIRY_WARNING_DAYS = 30;
export const NO_CONTACT_MONTHS = 3;

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));

/** Adds calendar months; the 31st of a shorter month falls on its last day. */
export function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const last = utc(y, m + 1, 0).getUTCDate();
  return utc(y, m, Math.min(date.getUTCDate(), last));
}

export const addDays = (date: Date, days: number) => utc(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days);

/** The decision is due two months after the request. */
export const decisionDueOn = (demandeLe: Date) => addMonths(demandeLe, DECISION_MONTHS);

/** Valid one year: from 15/01/2026 to 14/01/2027 included. */
export const validityEnd = (debut: Date) => addDays(addMonths(debut, 12 * VALIDITY_YEARS), -1);

/**
 * Renewal: a new year that follows the current one without a gap, or, when it has already
 * expired, a year from the renewal date.
 */
export function renewedValidityEnd(finValidite: Date, renouveleeLe: Date): Date {
  return finValidite >= renouveleeLe ? validityEnd(addDays(finValidite, 1)) : validityEnd(renouveleeLe);
}

export const isExpiringSoon = (finValidite: Date, today: Date) =>
  finValidite >= today && finValidite <= addDays(today, EXPIRY_WARNING_DAYS);

export const isExpired = (finValidite: Date | null, today: Date) => finValidite !== null && finValidite < today;

/** The latest contact known: start, renewal, handing over of mail, entretien of the dossier. */
export function lastContactOf(d: { debut: Date | null; renouveleeLe: Date | null; dernierContactLe: Date | null }, usagerLastContact: Date | null): Date | null {
  const dates = [d.debut, d.renouveleeLe, d.dernierContactLe, usagerLastContact].filter((x): x is Date => x !== null);
  return dates.length ? new Date(Math.max(...dates.map((x) => x.getTime()))) : null;
}

/** "More than 3 consecutive months": the day after the 3-month anniversary of the last contact. */
export function isWithoutContactTooLong(lastContact: Date | null, today: Date): boolean {
  if (!lastContact) return false;
  // The last contact may be an instant (an entretien at 00:30 in Paris is still the day before in
  // UTC): count from its Paris day. A calendar date (UTC midnight) keeps its own day.
  const day = new Date(`${parisToday(lastContact)}T00:00:00Z`);
  return today > addMonths(day, NO_CONTACT_MONTHS);
}
