// Per-account attempt counting, done *before* the password or code is checked: one conditional
// UPDATE … RETURNING claims an attempt, so parallel requests on one instance or several can never
// get more than MAX_FAILED_SIGN_INS checks between two lockouts (issue 23, finding 1).
import { db } from "@/lib/db";
import { LOCK_MS, MAX_FAILED_SIGN_INS } from "./session-rules";

/** The attempt's number in the current series, or null: locked, or all attempts already taken. */
export async function claimAttempt(userId: string, now: Date): Promise<number | null> {
  const rows = await db.$queryRaw<{ failedLoginCount: number }[]>`
    UPDATE "User" SET "failedLoginCount" = "failedLoginCount" + 1, "lockedUntil" = NULL
    WHERE "id" = ${userId} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
      AND "failedLoginCount" < ${MAX_FAILED_SIGN_INS}
    RETURNING "failedLoginCount"`;
  return rows[0]?.failedLoginCount ?? null;
}

/** The claimed attempt failed: lock once the series is used up. True when this locked it. */
export async function attemptFailed(userId: string, now: Date): Promise<boolean> {
  const locked = await db.$executeRaw`
    UPDATE "User" SET "failedLoginCount" = 0, "lockedUntil" = ${new Date(now.getTime() + LOCK_MS)}
    WHERE "id" = ${userId} AND "failedLoginCount" >= ${MAX_FAILED_SIGN_INS}
      AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})`;
  return locked === 1;
}

/**
 * The claimed attempt number `n` succeeded: the failures claimed before it are forgiven, the ones
 * still in flight stay counted. False when the account was locked meanwhile (then refuse).
 */
export async function attemptSucceeded(userId: string, n: number, now: Date): Promise<boolean> {
  const done = await db.$executeRaw`
    UPDATE "User" SET "failedLoginCount" = GREATEST(0, "failedLoginCount" - ${n})
    WHERE "id" = ${userId} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})`;
  return done === 1;
}

/** Password right, code still to come: only this attempt is given back. */
export async function releaseAttempt(userId: string): Promise<void> {
  await db.$executeRaw`UPDATE "User" SET "failedLoginCount" = GREATEST(0, "failedLoginCount" - 1) WHERE "id" = ${userId}`;
}

/**
 * A code typed by a signed-in user (TOTP enrolment or disabling): counted like a sign-in
 * attempt, before the check, so parallel guesses get at most MAX_FAILED_SIGN_INS checks and then
 * lock the account. "locked" when no attempt is left.
 */
export async function countedCheck(userId: string, now: Date, check: () => Promise<boolean>): Promise<boolean | "locked"> {
  const n = await claimAttempt(userId, now);
  if (n === null) return "locked";
  const ok = await check().catch(async (error: unknown) => {
    await releaseAttempt(userId);
    throw error;
  });
  if (ok) await attemptSucceeded(userId, n, now);
  else await attemptFailed(userId, now);
  return ok;
}
