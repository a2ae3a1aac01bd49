// Enrolment, disabling and administrator reset of the TOTP second factor. Every change is
// audited in the same transaction; the secret never leaves the server except to its owner
// during enrolment (QR code and text).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canResetTotp } from "@/lib/auth/permissions";
import { userScope } from "@/lib/auth/scopes/user";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import type { z } from "zod";
import { decryptTotpSecret, encryptTotpSecret } from "./totp-crypto";
import { matchingTotpStep, newTotpSecret, normaliseTotpCode, totpUri } from "./totp";
import { replaceRecoveryCodes } from "./totp-recovery";
import { isTotpRequired } from "./totp-rules";
import { claimTotpStep } from "./totp-verify";
import { countedCheck } from "./attempts";
import type { ZTotpCode, ZTotpReset } from "./totp-schemas";

function readableSecret(secretEnc: string): string | null {
  try {
    return decryptTotpSecret(secretEnc);
  } catch {
    return null;
  }
}

const WRONG_CODE = "Code incorrect ou expiré : saisissez le code affiché en ce moment par votre application.";
const TOO_MANY = "Trop d'essais : le compte est verrouillé pendant 15 minutes.";

/** The code is checked only once the attempt is counted (issue 23, finding 1). */
async function checkCode(actor: Actor, secretEnc: string, input: string, now: Date, pending: boolean) {
  const verdict = await countedCheck(actor.id, now, async () => {
    const code = normaliseTotpCode(input);
    const step = code ? matchingTotpStep(decryptTotpSecret(secretEnc), code, now) : null;
    return step !== null && (await claimTotpStep(actor.id, step, { pending }));
  });
  if (verdict === "locked") throw new DomainError(TOO_MANY, { code: TOO_MANY });
  if (!verdict) throw new DomainError("Code refusé.", { code: WRONG_CODE });
}

export type TotpStatus = { enabled: boolean; required: boolean; recoveryCodesLeft: number };

export async function totpStatus(actor: Actor): Promise<TotpStatus> {
  const [totp, recoveryCodesLeft] = await Promise.all([
    db.userTotp.findUnique({ where: { userId: actor.id }, select: { enabledAt: true } }),
    db.totpRecoveryCode.count({ where: { userId: actor.id, usedAt: null } }),
  ]);
  return { enabled: Boolean(totp?.enabledAt), required: isTotpRequired(actor.role), recoveryCodesLeft };
}

/**
 * The secret being enrolled: kept while enrolment is pending, so a reload shows the same QR code
 * as the one already scanned. Null when TOTP is already enabled.
 */
export async function pendingTotpEnrolment(actor: Actor): Promise<{ secret: string; uri: string } | null> {
  const existing = await db.userTotp.findUnique({ where: { userId: actor.id } });
  if (existing?.enabledAt) return null;
  let secret = existing ? readableSecret(existing.secretEnc) : null;
  if (existing && !secret) {
    // Pending secret encrypted under a previous NEXTAUTH_SECRET: start over.
    await db.userTotp.deleteMany({ where: { userId: actor.id, enabledAt: null } });
  }
  if (!secret) {
    secret = newTotpSecret();
    // Two tabs opening the page at once: the first one's secret wins, the other reads it back.
    await db.userTotp.createMany({ data: [{ userId: actor.id, secretEnc: encryptTotpSecret(secret) }], skipDuplicates: true });
    const stored = await db.userTotp.findUniqueOrThrow({ where: { userId: actor.id } });
    secret = decryptTotpSecret(stored.secretEnc);
  }
  return { secret, uri: totpUri(secret, actor.email) };
}

/** Confirms enrolment with a first code; returns the recovery codes, shown once. */
export async function confirmTotpEnrolment(actor: Actor, input: z.output<typeof ZTotpCode>, now = new Date()): Promise<{ recoveryCodes: string[] }> {
  const pending = await db.userTotp.findUnique({ where: { userId: actor.id } });
  if (!pending) throw new DomainError("Rechargez la page pour afficher un nouveau QR code.");
  if (pending.enabledAt) throw new DomainError("La double authentification est déjà activée.");
  await checkCode(actor, pending.secretEnc, input.code, now, true);
  return db.$transaction(async (tx) => {
    const { count } = await tx.userTotp.updateMany({ where: { userId: actor.id, enabledAt: null }, data: { enabledAt: now } });
    if (count !== 1) throw new DomainError("La double authentification est déjà activée.");
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.id);
    await writeAudit(tx, actor, { action: "auth.totp_enabled", entityType: "User", entityId: actor.id });
    return { recoveryCodes };
  });
}

/** A user for whom TOTP is optional turns it off, proving it with a current code. */
export async function disableOwnTotp(actor: Actor, input: z.output<typeof ZTotpCode>, now = new Date()) {
  if (isTotpRequired(actor.role)) {
    throw new DomainError("La double authentification est obligatoire pour un compte administrateur.");
  }
  const totp = await db.userTotp.findUnique({ where: { userId: actor.id } });
  if (!totp?.enabledAt) throw new DomainError("La double authentification n'est pas activée.");
  await checkCode(actor, totp.secretEnc, input.code, now, false);
  await db.$transaction(async (tx) => {
    await tx.userTotp.deleteMany({ where: { userId: actor.id } });
    await tx.totpRecoveryCode.deleteMany({ where: { userId: actor.id } });
    await writeAudit(tx, actor, { action: "auth.totp_disabled", entityType: "User", entityId: actor.id });
  });
}

/**
 * An ADMIN removes another account's second factor (lost phone): the person enrols again, at
 * once if it is required for them, since their sessions end here.
 */
export async function resetUserTotp(actor: Actor, input: z.output<typeof ZTotpReset>) {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { AND: [userScope(actor), { id: input.id }] }, select: { id: true, structureId: true } });
    if (!user || !canResetTotp(actor, user)) throw new NotFoundError();
    const { count } = await tx.userTotp.deleteMany({ where: { userId: user.id } });
    await tx.totpRecoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.userSession.deleteMany({ where: { userId: user.id } });
    await writeAudit(tx, actor, { action: "user.totp_reset", entityType: "User", entityId: user.id, details: { etaitActive: count > 0 } });
  });
}

/** For the admin's page about another account. */
export async function userTotpEnabled(actor: Actor, userId: string): Promise<boolean> {
  const user = await db.user.findFirst({ where: { AND: [userScope(actor), { id: userId }] }, select: { structureId: true, totp: { select: { enabledAt: true } } } });
  if (!user || !canResetTotp(actor, { ...user, id: userId })) return false;
  return Boolean(user.totp?.enabledAt);
}
