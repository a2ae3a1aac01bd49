// Occurrences of a weekly permanence and their bookable slots. Hours are Paris wall-clock times
// turned into instants day by day, so "every Tuesday 9:00–11:00" is 8:00Z in winter and 7:00Z in
// summer. Exceptions (holidays, absences) remove whole days.
import { parisLocalToDate } from "@/lib/domain/shared/paris-time";
import { addDays, isoWeekday } from "./calendar";

export type Recurrence = {
  jour: number;
  debut: string;
  fin: string;
  dureeCreneauMinutes: number;
  /** Calendar dates, yyyy-mm-dd. */
  depuis: string;
  jusquau: string | null;
  exceptions: string[];
};
export type Occurrence = { date: string; debut: Date; fin: Date };
export type Slot = { debut: Date; fin: Date };

/** Occurrences whose date is in [from, to] (calendar dates, inclusive). */
export function occurrences(rule: Recurrence, from: string, to: string): Occurrence[] {
  const out: Occurrence[] = [];
  const first = from > rule.depuis ? from : rule.depuis;
  const last = rule.jusquau && rule.jusquau < to ? rule.jusquau : to;
  const skip = new Set(rule.exceptions);
  // Jump to the first matching weekday, then week by week.
  let date = addDays(first, (rule.jour - isoWeekday(first) + 7) % 7);
  for (; date <= last; date = addDays(date, 7)) {
    if (skip.has(date)) continue;
    const debut = parisLocalToDate(`${date}T${rule.debut}`);
    const fin = parisLocalToDate(`${date}T${rule.fin}`);
    if (debut && fin && fin > debut) out.push({ date, debut, fin });
  }
  return out;
}

/** The occurrence cut into slots of the permanence's length; a last short remainder is dropped. */
export function slotsOf(occ: Occurrence, minutes: number): Slot[] {
  const step = minutes * 60_000;
  const out: Slot[] = [];
  for (let t = occ.debut.getTime(); t + step <= occ.fin.getTime(); t += step) {
    out.push({ debut: new Date(t), fin: new Date(t + step) });
  }
  return out;
}

export const overlaps = (a: { debut: Date; fin: Date }, b: { debut: Date; fin: Date }) =>
  a.debut.getTime() < b.fin.getTime() && b.debut.getTime() < a.fin.getTime();

/** A stored permanence as a rule (Prisma @db.Date values are UTC midnights). */
export function ruleOf(p: {
  jour: number; debut: string; fin: string; dureeCreneauMinutes: number; depuis: Date; jusquau: Date | null;
  exceptions?: { date: Date }[];
}): Recurrence {
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return {
    jour: p.jour, debut: p.debut, fin: p.fin, dureeCreneauMinutes: p.dureeCreneauMinutes, depuis: iso(p.depuis),
    jusquau: p.jusquau ? iso(p.jusquau) : null, exceptions: (p.exceptions ?? []).map((e) => iso(e.date)),
  };
}
