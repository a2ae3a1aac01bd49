// When a job is due: the latest tick of its cron (Europe/Paris) at or before `now`. cron-parser
// does the calendar and DST arithmetic (a 03:00 job stays at 03:00 Paris time all year).
import { CronExpressionParser } from "cron-parser";
import { PARIS } from "@/lib/domain/shared/paris-time";

/** A missed tick older than this is skipped (its next tick will come): a server started at
 * 18:00 does not run the night's purge at once, but a restart at 03:02 still runs the 03:00 one. */
export const CATCH_UP_MS = 60 * 60 * 1000;

export function latestTick(cron: string, now: Date): Date {
  // prev() is strictly before currentDate: a tick falling exactly on `now` counts as due.
  return CronExpressionParser.parse(cron, { currentDate: new Date(now.getTime() + 1), tz: PARIS }).prev().toDate();
}

export function nextTick(cron: string, now: Date): Date {
  return CronExpressionParser.parse(cron, { currentDate: now, tz: PARIS }).next().toDate();
}

/** The tick to run now, or null when the latest one is too old to catch up. */
export function dueTick(cron: string, now: Date): Date | null {
  const tick = latestTick(cron, now);
  return now.getTime() - tick.getTime() <= CATCH_UP_MS ? tick : null;
}
