// Scheduled clean-up: expired counters are useless (the next hit restarts the window anyway);
// deleting them keeps the table the size of the current activity. Safe on two instances at once.
import { purgeExpiredRateLimits } from "./counter";

export async function purgeRateLimitsJob(now: Date) {
  return purgeExpiredRateLimits(now);
}
