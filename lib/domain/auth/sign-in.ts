// The sign-in form's path (lib/actions/auth.ts): the per-e-mail and per-address limits are
// claimed before anything is checked and given back when the attempt was not a failure; then
// the per-account lockout and the password or code (authenticate.ts). next-auth's credentials
// callback (lib/auth/options.ts) goes through the same three steps.
import { db } from "@/lib/db";
import { claimSignInAttempt, releaseSignInAttempt } from "@/lib/domain/rate-limit/sign-in";
import { authenticate, authenticateCode, passwordStamp } from "./authenticate";

export type SignInOutcome =
  | { kind: "signed-in"; userId: string; sessionId: string }
  /** Password right; the code is asked next. `stamp` proves the password was checked. */
  | { kind: "second-factor"; userId: string; stamp: string }
  | { kind: "refused" }
  | { kind: "throttled"; retryAfterS: number };

type Subject = { email: string; ip: string | null; now?: Date };

type Limited<T> = { throttled: number } | { result: T | null };

async function limited<T>(subject: Subject, attempt: () => Promise<T | null>, success: (r: T) => boolean): Promise<Limited<T>> {
  const verdict = await claimSignInAttempt(subject);
  if (!verdict.allowed) return { throttled: verdict.retryAfterS };
  const result = await attempt();
  if (result && success(result)) await releaseSignInAttempt(subject);
  return { result };
}

/** Throws when the database cannot be reached (the caller says "service indisponible"). */
export async function signInWithPassword(input: { email: string; password: string; ip: string | null; now?: Date }): Promise<SignInOutcome> {
  const outcome = await limited(input, () => authenticate(input), () => true);
  if ("throttled" in outcome) return { kind: "throttled", retryAfterS: outcome.throttled };
  const { result } = outcome;
  if (!result) return { kind: "refused" };
  if (result.sessionId) return { kind: "signed-in", userId: result.userId, sessionId: result.sessionId };
  const user = await db.user.findUnique({ where: { email: input.email.trim().toLowerCase() }, select: { id: true, passwordHash: true } });
  return user ? { kind: "second-factor", userId: user.id, stamp: passwordStamp(user.passwordHash) } : { kind: "refused" };
}

/** The second step, for the account whose password was proved (`stamp`). */
export async function signInWithCode(input: { userId: string; stamp: string; code: string; ip: string | null; now?: Date }): Promise<SignInOutcome> {
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { email: true } });
  if (!user) return { kind: "refused" };
  const outcome = await limited({ email: user.email, ip: input.ip, now: input.now }, () => authenticateCode(input), (r) => Boolean(r.sessionId));
  if ("throttled" in outcome) return { kind: "throttled", retryAfterS: outcome.throttled };
  const { result } = outcome;
  if (!result) return { kind: "refused" };
  if (result.sessionId) return { kind: "signed-in", userId: result.userId, sessionId: result.sessionId };
  return { kind: "second-factor", userId: input.userId, stamp: input.stamp };
}
