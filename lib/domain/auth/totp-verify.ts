// The second step of sign-in: a current TOTP code (each time step accepted once: a code seen
// over a shoulder or replayed from a log is refused) or one of the one-time recovery codes.
import { db } from "@/lib/db";
import { decryptTotpSecret } from "./totp-crypto";
import { matchingTotpStep, normaliseTotpCode } from "./totp";
import { consumeRecoveryCode } from "./totp-recovery";

export async function hasTotpEnabled(userId: string): Promise<boolean> {
  const totp = await db.userTotp.findUnique({ where: { userId }, select: { enabledAt: true } });
  return Boolean(totp?.enabledAt);
}

/**
 * Accepts `step` for the user only if no code of this step or a later one was accepted before.
 * One conditional UPDATE: two instances receiving the same code at once cannot both accept it.
 */
export async function claimTotpStep(userId: string, step: number, { pending = false } = {}): Promise<boolean> {
  const { count } = await db.userTotp.updateMany({
    where: {
      userId,
      enabledAt: pending ? null : { not: null },
      OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }],
    },
    data: { lastUsedStep: step },
  });
  return count === 1;
}

export async function verifySecondFactor(userId: string, input: string, now: Date): Promise<"totp" | "recovery" | null> {
  const totp = await db.userTotp.findUnique({ where: { userId } });
  if (!totp?.enabledAt) return null;
  const code = normaliseTotpCode(input);
  if (code) {
    let secret: string;
    try {
      secret = decryptTotpSecret(totp.secretEnc);
    } catch {
      // Encrypted under another NEXTAUTH_SECRET: an administrator resets this account's TOTP.
      return null;
    }
    const step = matchingTotpStep(secret, code, now);
    return step !== null && (await claimTotpStep(userId, step)) ? "totp" : null;
  }
  return (await consumeRecoveryCode(db, userId, input, now)) ? "recovery" : null;
}
