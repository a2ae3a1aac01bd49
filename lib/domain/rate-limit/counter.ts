// Fixed-window counters in PostgreSQL: every app instance sees the same count, and one statement
// (INSERT … ON CONFLICT … DO UPDATE … RETURNING) both increments and reads it, so two requests
// racing on two instances can never both read "under the limit" from a stale value.
import { db } from "@/lib/db";

export type RatePolicy = {
  /** Prefix of the key, e.g. "connexion-ip". */
  name: string;
  limit: number;
  windowMs: number;
};

export type RateVerdict = { allowed: true; count: number } | { allowed: false; count: number; retryAfterS: number };

type Row = { count: number; expiresAt: Date };

const keyOf = (policy: RatePolicy, subject: string) => `${policy.name}:${subject}`;

function verdict(policy: RatePolicy, row: Row | undefined, now: Date): RateVerdict {
  if (!row || row.count <= policy.limit) return { allowed: true, count: row?.count ?? 0 };
  const retryAfterS = Math.max(1, Math.ceil((row.expiresAt.getTime() - now.getTime()) / 1000));
  return { allowed: false, count: row.count, retryAfterS };
}

/** Counts one event for `subject` and says whether it is still within the limit. */
export async function hitRateLimit(policy: RatePolicy, subject: string, now = new Date()): Promise<RateVerdict> {
  const expires = new Date(now.getTime() + policy.windowMs);
  const rows = await db.$queryRaw<Row[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count", "expiresAt")
    VALUES (${keyOf(policy, subject)}, ${now}, 1, ${expires})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."expiresAt" <= ${now} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."expiresAt" <= ${now} THEN ${now} ELSE "RateLimit"."windowStart" END,
      "expiresAt" = CASE WHEN "RateLimit"."expiresAt" <= ${now} THEN ${expires} ELSE "RateLimit"."expiresAt" END
    RETURNING "count", "expiresAt"`;
  return verdict(policy, rows[0], now);
}

/**
 * Whether one more event would still be allowed, without counting it (for limits that count
 * failures only: the attempt is checked first, its failure counted afterwards).
 */
export async function peekRateLimit(policy: RatePolicy, subject: string, now = new Date()): Promise<RateVerdict> {
  const row = await db.rateLimit.findUnique({ where: { key: keyOf(policy, subject) }, select: { count: true, expiresAt: true } });
  if (!row || row.expiresAt <= now) return { allowed: true, count: 0 };
  // The next event would be number count + 1.
  return verdict(policy, { count: row.count + 1, expiresAt: row.expiresAt }, now);
}

/** Drops the counters whose window is over (they would restart at 1 anyway). */
export async function purgeExpiredRateLimits(now: Date): Promise<{ deleted: number }> {
  const { count } = await db.rateLimit.deleteMany({ where: { expiresAt: { lte: now } } });
  return { deleted: count };
}

/**
 * Claims one event for `subject` *before* the thing it limits is done (issue 23, finding 1): one
 * statement counts it only while the count is under the limit, so parallel callers on one
 * instance or several can never get more than `limit` claims in a window. Refused: nothing is
 * counted.
 */
export async function claimRateLimit(policy: RatePolicy, subject: string, now = new Date()): Promise<RateVerdict> {
  const expires = new Date(now.getTime() + policy.windowMs);
  const key = keyOf(policy, subject);
  const rows = await db.$queryRaw<Row[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count", "expiresAt")
    VALUES (${key}, ${now}, 1, ${expires})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."expiresAt" <= ${now} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."expiresAt" <= ${now} THEN ${now} ELSE "RateLimit"."windowStart" END,
      "expiresAt" = CASE WHEN "RateLimit"."expiresAt" <= ${now} THEN ${expires} ELSE "RateLimit"."expiresAt" END
    WHERE "RateLimit"."expiresAt" <= ${now} OR "RateLimit"."count" < ${policy.limit}
    RETURNING "count", "expiresAt"`;
  if (rows[0]) return { allowed: true, count: rows[0].count };
  const row = await db.rateLimit.findUnique({ where: { key }, select: { count: true, expiresAt: true } });
  const retryAfterS = row ? Math.max(1, Math.ceil((row.expiresAt.getTime() - now.getTime()) / 1000)) : 1;
  return { allowed: false, count: (row?.count ?? policy.limit) + 1, retryAfterS };
}

/** Gives back a claim whose event turned out not to count (a sign-in that succeeded). */
export async function releaseRateLimit(policy: RatePolicy, subject: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimit" SET "count" = GREATEST(0, "count" - 1) WHERE "key" = ${keyOf(policy, subject)}`;
}
