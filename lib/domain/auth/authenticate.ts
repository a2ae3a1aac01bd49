// Password sign-in. Every failure looks the same to the caller (null) and costs the same time:
// unknown email, wrong password, locked or disabled account.
import { createHash, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { burnVerifyTime, verifyPassword } from "@/lib/auth/password-hash";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { canSignInWithPassword } from "@/lib/auth/permissions";
import { attemptFailed, attemptSucceeded, claimAttempt, releaseAttempt } from "./attempts";
import { hasTotpEnabled, verifySecondFactor } from "./totp-verify";

/** `code`: the second step (TOTP or recovery code), for accounts that enabled it. */
export type SignInInput = { email: unknown; password: unknown; code?: unknown; ip: string | null; now?: Date };

/** Signed in, or "password right, now the code" (nothing is written then), or null. */
export type SignInResult =
  | { userId: string; sessionId: string; secondFactorRequired?: undefined }
  | { secondFactorRequired: true; userId?: undefined; sessionId?: undefined };

/**
 * A fingerprint of the account's password hash: the proof that the password was checked, carried
 * between the two steps of a sign-in, is void once the password changes.
 */
export const passwordStamp = (passwordHash: string) => createHash("sha256").update(passwordHash).digest("base64url").slice(0, 22);

type Context = { user: User; ip: string | null; now: Date };

const actorRefOf = ({ user, ip }: Context) => ({ ...user, ip, mustChangePassword: false, siteId: user.siteId });

async function refuse(ctx: Context, reason: string) {
  await db.$transaction((tx) =>
    writeAudit(tx, actorRefOf(ctx), { entityType: "User", entityId: ctx.user.id, action: "auth.sign_in_refused", details: { reason } }),
  );
  return null;
}

/** Claims the attempt before anything is checked (attempts.ts), or refuses a locked or disabled account. */
async function claim(ctx: Context, secret: string): Promise<number | null> {
  const attempt = ctx.user.status === "ACTIVE" ? await claimAttempt(ctx.user.id, ctx.now) : null;
  if (attempt === null) {
    // A locked account, or one whose attempts are all taken by requests in flight, costs a dummy verification only.
    await burnVerifyTime(secret);
    const reason = ctx.user.status === "PENDING_APPROVAL" ? "compte_en_attente" : ctx.user.status !== "ACTIVE" ? "compte_desactive" : "compte_verrouille";
    await refuse(ctx, reason);
  }
  return attempt;
}

/** The claimed attempt failed: counted toward the lockout, audited. */
async function failed(ctx: Context, action: "auth.sign_in_failed" | "auth.totp_failed") {
  const lockNow = await attemptFailed(ctx.user.id, ctx.now);
  await db.$transaction((tx) =>
    writeAudit(tx, actorRefOf(ctx), { entityType: "User", entityId: ctx.user.id, action: lockNow ? "auth.account_locked" : action }),
  );
  return null;
}

/** The second factor of a claimed attempt, then the session. A wrong code counts like a wrong password. */
async function checkCodeAndOpen(ctx: Context, attempt: number, rawCode: unknown): Promise<SignInResult | null> {
  const code = typeof rawCode === "string" ? rawCode.trim().slice(0, 40) : "";
  if (!code) {
    await releaseAttempt(ctx.user.id);
    return { secondFactorRequired: true };
  }
  const secondFactor = await verifySecondFactor(ctx.user.id, code, ctx.now);
  if (!secondFactor) return failed(ctx, "auth.totp_failed");
  return open(ctx, attempt, secondFactor);
}

async function open(ctx: Context, attempt: number, secondFactor: string | null): Promise<SignInResult | null> {
  const { user, now, ip } = ctx;
  // Locked by a parallel failure while this one was being checked: refused too.
  if (!(await attemptSucceeded(user.id, attempt, now))) return refuse(ctx, "compte_verrouille");
  const sessionId = randomUUID();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await tx.userSession.create({ data: { id: sessionId, userId: user.id, createdAt: now, lastSeenAt: now, ip } });
    await writeAudit(tx, actorRefOf(ctx), {
      entityType: "User",
      entityId: user.id,
      action: "auth.sign_in",
      details: secondFactor ? { secondFacteur: secondFactor } : undefined,
    });
  });
  return { userId: user.id, sessionId };
}

async function passwordSignInOpenTo(user: User): Promise<boolean> {
  const settings = await db.structureSettings.findUnique({ where: { structureId: user.structureId }, select: { passwordSignIn: true } });
  return canSignInWithPassword(user, settings?.passwordSignIn ?? true);
}

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
  const ctx: Context = { user, ip: input.ip, now };
  // The structure signs in through its provider only (decision 0042): refused like the rest.
  if (!(await passwordSignInOpenTo(user))) {
    await burnVerifyTime(password);
    return refuse(ctx, "mot_de_passe_desactive");
  }

  const attempt = await claim(ctx, password);
  if (attempt === null) return null;
  if (!(await verifyPassword(user.passwordHash, password))) return failed(ctx, "auth.sign_in_failed");
  // An activation code past its date opens nothing (decision 0070): a responsable issues a new one.
  if (user.passwordExpiresAt && user.passwordExpiresAt <= now) {
    await releaseAttempt(user.id);
    return refuse(ctx, "code_activation_expire");
  }
  if (await hasTotpEnabled(user.id)) return checkCodeAndOpen(ctx, attempt, input.code);
  return open(ctx, attempt, null);
}

/**
 * The second step of a sign-in whose password was already checked (`stamp`: passwordStamp of the
 * hash it was checked against). The code is counted like a password attempt, before the check.
 */
export async function authenticateCode(input: { userId: string; stamp: string; code: unknown; ip: string | null; now?: Date }): Promise<SignInResult | null> {
  const now = input.now ?? new Date();
  const user = await db.user.findUnique({ where: { id: input.userId } });
  if (!user || passwordStamp(user.passwordHash) !== input.stamp) return null;
  const ctx: Context = { user, ip: input.ip, now };
  const attempt = await claim(ctx, "");
  if (attempt === null) return null;
  // The second factor was turned off between the two steps: start again from the password.
  if (!(await hasTotpEnabled(user.id))) {
    await releaseAttempt(user.id);
    return null;
  }
  const code = typeof input.code === "string" ? input.code : "";
  if (!code.trim()) {
    await releaseAttempt(user.id);
    return { secondFactorRequired: true };
  }
  return checkCodeAndOpen(ctx, attempt, code);
}
