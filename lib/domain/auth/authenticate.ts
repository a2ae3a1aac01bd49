// Password sign-in. Every failure looks the same to the caller (null) and costs the same time:
// unknown email, wrong password, locked or disabled account.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { burnVerifyTime, verifyPassword } from "@/lib/auth/password-hash";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { LOCK_MS, MAX_FAILED_SIGN_INS } from "./session-rules";
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
  if (!email || email.length > 254 || !password || password.length > 200) {
    await burnVerifyTime(password.slice(0, 200));
    return null;
  }
  const user = await db.user.findUnique({ where: { email } });
  if (!user) {
    await burnVerifyTime(password);
    return null;
  }
  // Verify even when locked or disabled, so timing does not tell those cases apart.
  const passwordOk = await verifyPassword(user.passwordHash, password);
  const locked = user.lockedUntil !== null && user.lockedUntil > now;
  const audit = { entityType: "User", entityId: user.id };
  const actorRef = { ...user, ip: input.ip, mustChangePassword: false, siteId: user.siteId };

  if (user.status !== "ACTIVE" || locked) {
    await db.$transaction((tx) =>
      writeAudit(tx, actorRef, {
        ...audit,
        action: "auth.sign_in_refused",
        details: { reason: locked ? "compte_verrouille" : "compte_desactive" },
      }),
    );
    return null;
  }

  // A wrong second factor counts like a wrong password: same lockout, same generic answer.
  let failure: "auth.sign_in_failed" | "auth.totp_failed" | null = passwordOk ? null : "auth.sign_in_failed";
  let secondFactor: string | null = null;
  if (!failure && (await hasTotpEnabled(user.id))) {
    const code = typeof input.code === "string" ? input.code.trim().slice(0, 40) : "";
    if (!code) return { secondFactorRequired: true };
    secondFactor = await verifySecondFactor(user.id, code, now);
    if (!secondFactor) failure = "auth.totp_failed";
  }

  if (failure) {
    const failedAction = failure;
    await db.$transaction(async (tx) => {
      // Increment in the database: concurrent attempts on several instances all count.
      const updated = await tx.user.update({
        where: { id: user.id },
        data: { failedLoginCount: { increment: 1 } },
        select: { failedLoginCount: true },
      });
      const lockNow = updated.failedLoginCount >= MAX_FAILED_SIGN_INS;
      if (lockNow) {
        await tx.user.update({
          where: { id: user.id },
          data: { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCK_MS) },
        });
      }
      await writeAudit(tx, actorRef, {
        ...audit,
        action: lockNow ? "auth.account_locked" : failedAction,
      });
    });
    return null;
  }

  const sessionId = randomUUID();
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
    });
    await tx.userSession.create({
      data: { id: sessionId, userId: user.id, createdAt: now, lastSeenAt: now, ip: input.ip },
    });
    await writeAudit(tx, actorRef, { ...audit, action: "auth.sign_in", details: secondFactor ? { secondFacteur: secondFactor } : undefined });
  });
  return { userId: user.id, sessionId };
}
