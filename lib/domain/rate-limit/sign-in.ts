// Sign-in throttling on top of the per-account lockout (lib/domain/auth/authenticate.ts): only
// failures count, so a busy office signing in all morning is never slowed down. An attempt is
// claimed before its password is checked and given back once it succeeds (issue 23, finding 1):
// parallel attempts can never get more checks than the limit allows.
import { claimRateLimit, hitRateLimit, peekRateLimit, releaseRateLimit, type RateVerdict } from "./counter";
import { SIGN_IN_FAILURES_PER_EMAIL, SIGN_IN_FAILURES_PER_IP } from "./policies";

export type SignInSubject = { email: unknown; ip: string | null; now?: Date };

const normalisedEmail = (email: unknown) => (typeof email === "string" ? email.trim().toLowerCase().slice(0, 254) : "");

/**
 * Whether a sign-in attempt would be allowed, without claiming it (a read, for tools and tests:
 * the sign-in paths claim with claimSignInAttempt). Without a client address (no reverse proxy
 * header) only the e-mail limit applies: one shared bucket would let anyone block everyone.
 */
export async function signInAllowed({ email, ip, now = new Date() }: SignInSubject): Promise<RateVerdict> {
  const checks: Promise<RateVerdict>[] = [];
  const address = normalisedEmail(email);
  if (address) checks.push(peekRateLimit(SIGN_IN_FAILURES_PER_EMAIL, address, now));
  if (ip) checks.push(peekRateLimit(SIGN_IN_FAILURES_PER_IP, ip, now));
  const verdicts = await Promise.all(checks);
  const refused = verdicts.filter((v) => !v.allowed);
  if (refused.length === 0) return { allowed: true, count: Math.max(0, ...verdicts.map((v) => v.count)) };
  const retryAfterS = Math.max(...refused.map((v) => (v.allowed ? 0 : v.retryAfterS)));
  return { allowed: false, count: Math.max(...refused.map((v) => v.count)), retryAfterS };
}

/** Counts a failure that was not claimed first (tools and tests). */
export async function recordSignInFailure({ email, ip, now = new Date() }: SignInSubject): Promise<void> {
  const address = normalisedEmail(email);
  await Promise.all([
    address ? hitRateLimit(SIGN_IN_FAILURES_PER_EMAIL, address, now) : null,
    ip ? hitRateLimit(SIGN_IN_FAILURES_PER_IP, ip, now) : null,
  ]);
}

/**
 * Claims one attempt against the per-e-mail and per-address limits, before anything is checked.
 * Refused by either: nothing stays counted, the attempt must not be checked.
 */
export async function claimSignInAttempt({ email, ip, now = new Date() }: SignInSubject): Promise<RateVerdict> {
  const address = normalisedEmail(email);
  const byEmail = address ? await claimRateLimit(SIGN_IN_FAILURES_PER_EMAIL, address, now) : null;
  if (byEmail && !byEmail.allowed) return byEmail;
  const byIp = ip ? await claimRateLimit(SIGN_IN_FAILURES_PER_IP, ip, now) : null;
  if (byIp && !byIp.allowed) {
    if (address) await releaseRateLimit(SIGN_IN_FAILURES_PER_EMAIL, address);
    return byIp;
  }
  return { allowed: true, count: Math.max(byEmail?.count ?? 0, byIp?.count ?? 0) };
}

/** The claimed attempt was not a failure (signed in, or password right and code to come). */
export async function releaseSignInAttempt({ email, ip }: SignInSubject): Promise<void> {
  const address = normalisedEmail(email);
  await Promise.all([
    address ? releaseRateLimit(SIGN_IN_FAILURES_PER_EMAIL, address) : null,
    ip ? releaseRateLimit(SIGN_IN_FAILURES_PER_IP, ip) : null,
  ]);
}
