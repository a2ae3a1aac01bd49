// Sign-in throttling on top of the per-account lockout (lib/domain/auth/authenticate.ts): only
// failures count, so a busy office signing in all morning is never slowed down.
import { hitRateLimit, peekRateLimit, type RateVerdict } from "./counter";
import { SIGN_IN_FAILURES_PER_EMAIL, SIGN_IN_FAILURES_PER_IP } from "./policies";

export type SignInSubject = { email: unknown; ip: string | null; now?: Date };

const normalisedEmail = (email: unknown) => (typeof email === "string" ? email.trim().toLowerCase().slice(0, 254) : "");

/**
 * Whether a sign-in attempt may be checked at all. Without a client address (no reverse proxy
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

export async function recordSignInFailure({ email, ip, now = new Date() }: SignInSubject): Promise<void> {
  const address = normalisedEmail(email);
  await Promise.all([
    address ? hitRateLimit(SIGN_IN_FAILURES_PER_EMAIL, address, now) : null,
    ip ? hitRateLimit(SIGN_IN_FAILURES_PER_IP, ip, now) : null,
  ]);
}
