// One-time recovery codes: shown once at enrolment, stored as argon2id hashes only.
import { randomInt } from "node:crypto";
import type { DbTx } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";

export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: codes are typed from paper.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** "ABCDE FGHIJ", "abcde-fghij" → "abcdefghij"; null if it cannot be a recovery code. */
export function normaliseRecoveryCode(input: string): string | null {
  const compact = input.toLowerCase().replace(/[\s-]/g, "");
  return /^[a-z0-9]{10}$/.test(compact) ? compact : null;
}

/** Replaces the user's codes; returns the plain codes, to be shown once. */
export async function replaceRecoveryCodes(tx: DbTx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const hashes = await Promise.all(codes.map((c) => hashPassword(normaliseRecoveryCode(c)!)));
  await tx.totpRecoveryCode.deleteMany({ where: { userId } });
  await tx.totpRecoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId, codeHash })) });
  return codes;
}

/** Uses one unused code if it matches; a code can serve once, even under concurrent sign-ins. */
export async function consumeRecoveryCode(tx: DbTx, userId: string, input: string, now: Date): Promise<boolean> {
  const code = normaliseRecoveryCode(input);
  if (!code) return false;
  const unused = await tx.totpRecoveryCode.findMany({ where: { userId, usedAt: null }, select: { id: true, codeHash: true } });
  for (const row of unused) {
    if (await verifyPassword(row.codeHash, code)) {
      const { count } = await tx.totpRecoveryCode.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
      return count === 1;
    }
  }
  return false;
}
