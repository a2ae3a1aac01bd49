// Password sign-in. Every failure looks the same to the caller (null) and costs the same time:
// unknown email, wrong password, locked or disabled account.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { burnVerifyTime, verifyPassword } from "@/lib/auth/password-hash";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { attemptFailed, attemptSucceeded, claimAttempt, releaseAttempt } from "./attempts";
import { hasTotpEnabled, verifySecondFactor } from "./totp-verify";

/** `code`: the second step (TOTP or recovery code), for accounts that enabled it. */
export type SignInInput = { email: unknown; password: unknown; code?: unknown; ip: string | null; now?: Date };

/** Signed in, or "password right, now the code" (nothing is written then), or null. */
export type SignInResult =
  | { userId: string; sessionId: string; secondFactorRequired?: undefined }
  | { secondFactorRequired: true; userId?: undefined; sessionId?: undefined };

export async function authenticate(input: SignInInput): Promise<SignInResult | null> {
  const now = input.now ?? new Date();
  const email = typeof input.email === "string" ? input.email.trim().toLowerCase() : "";
  const password = typeof input.password === "string" ? input.password : "";
  // Unknown or malformed: the same work as a wrong password (one argon2 verification, one audit
  // transaction), so neither timing nor load tells a known address from an unknown one.
  const unknown = async () => {
    await burnVerifyTime(password.slice(0, 200));
    await db.$transaction((tx) =>
      writeAudit(tx, null, { action: "auth.sign_in_failed", entityType: "User", entityId: null, details: { reason: "compte_inconnu" } }, input.ip),
    );
    return null;
  };
  if (!email || email.length > 254 || !password || password.length > 200) return unknown();
  const user = await db.user.findUnique({ where: { email } });
  if (!user) return unknown();
  const audit = { entityType: "User", entityId: user.id };
  const actorRef = { ...user, ip: input.ip, mustChangePassword: false, siteId: user.siteId };
  const refuse = async (reason: string) => {
    await db.$transaction((tx) => writeAudit(tx, actorRef, { ...audit, action: "auth.sign_in_refused", details: { reason } }));
    return null;
  };

  // The attempt is counted before anything is checked (attempts.ts): a locked account, or one
  // whose attempts are all taken by requests in flight, costs a dummy verification only.
  const attempt = user.status === "ACTIVE" ? await claimAttempt(user.id, now) : null;
  if (attempt === null) {
    await burnVerifyTime(password);
    return refuse(user.status !== "ACTIVE" ? "compte_desactive" : "compte_verrouille");
  }
  const passwordOk = await verifyPassword(user.passwordHash, password);

  // A wrong second factor counts like a wrong password: same lockout, same generic answer.
  let failure: "auth.sign_in_failed" | "auth.totp_failed" | null = passwordOk ? null : "auth.sign_in_failed";
  let secondFactor: string | null = null;
  if (!failure && (await hasTotpEnabled(user.id))) {
    const code = typeof input.code === "string" ? input.code.trim().slice(0, 40) : "";
    if (!code) {
      await releaseAttempt(user.id);
      return { secondFactorRequired: true };
    }
    secondFactor = await verifySecondFactor(user.id, code, now);
    if (!secondFactor) failure = "auth.totp_failed";
  }

  if (failure) {
    const lockNow = await attemptFailed(user.id, now);
    await db.$transaction((tx) => writeAudit(tx, actorRef, { ...audit, action: lockNow ? "auth.account_locked" : failure }));
    return null;
  }
  // Locked by a parallel failure while this one was being checked: refused too.
  if (!(await attemptSucceeded(user.id, attempt, now))) return refuse("compte_verrouille");

  const sessionId = randomUUID();
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { lastLoginAt: now },
    });
    await tx.userSession.create({
      data: { id: sessionId, userId: user.id, createdAt: now, lastSeenAt: now, ip: input.ip },
    });
    await writeAudit(tx, actorRef, { ...audit, action: "auth.sign_in", details: secondFactor ? { secondFacteur: secondFactor } : undefined });
  });
  return { userId: user.id, sessionId };
}
