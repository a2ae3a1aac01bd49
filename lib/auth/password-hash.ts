// argon2id (the library's default algorithm) with OWASP's minimum parameters: 19 MiB, 2 passes.
import { hash, verify } from "@node-rs/argon2";

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/**
 * Verifies against a throwaway hash: called when the email is unknown or the account is locked,
 * so that every failed sign-in costs the same time and timing does not reveal which it was.
 */
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword("passerelle-dummy-password-for-timing");
  await verifyPassword(await dummyHash, password);
}
