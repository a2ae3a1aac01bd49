// Second factor for e2e sign-ins. Administrators must have TOTP: the demo admin is enrolled here
// straight in the database the first time (the enrolment screens have their own spec,
// e2e/totp.spec.ts), and each sign-in computes the current code from the stored secret.
// The server refuses a code of an already used time step (replay), so sign-ins of one account
// are serialised across Playwright workers with a PostgreSQL advisory lock, and each picks the
// next unused step. Decryption mirrors lib/domain/auth/totp-crypto.ts (e2e code does not import
// the app's modules).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { test } from "@playwright/test";
import pg from "pg";
import { Secret, TOTP } from "otpauth";

const PERIOD_S = 30;

function key(): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET manquant pour calculer les codes TOTP");
  return Buffer.from(hkdfSync("sha256", secret, "passerelle", "totp-secret-v1", 32));
}

export function decryptTotpSecret(stored: string): string {
  const [, iv, tag, data] = stored.split(".");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv!, "base64url"));
  decipher.setAuthTag(Buffer.from(tag!, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data!, "base64url")), decipher.final()]).toString("utf8");
}

function encryptTotpSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".");
}

export function totpCode(secretBase32: string, step: number): string {
  return new TOTP({ algorithm: "SHA1", digits: 6, period: PERIOD_S, secret: Secret.fromBase32(secretBase32.replace(/\s/g, "")) }).generate({
    timestamp: step * PERIOD_S * 1000 + 1000,
  });
}

/**
 * Time spent waiting for the lock or for the next 30-second step is the clock's, not the app's:
 * the running test gets it back. Three admin sign-ins at once on two workers can wait a minute,
 * which alone used up a journey's 60-second budget in CI.
 */
function grantWaitedTime(ms: number) {
  if (ms < 1000) return;
  try {
    const { timeout } = test.info();
    if (timeout > 0) test.info().setTimeout(timeout + ms);
  } catch {
    // Outside a test (global setup): no timeout to extend.
  }
}

const currentStep = () => Math.floor(Date.now() / 1000 / PERIOD_S);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `submit` with a fresh, unused TOTP code for `email` (or undefined for an account without
 * a second factor). `enrolIfRequired`: an ADMIN without TOTP is enrolled in the database first.
 */
export async function withSecondFactor<T>(email: string, submit: (code: string | undefined) => Promise<T>, { enrolIfRequired = true } = {}): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const users = await client.query<{ id: string; role: string }>(`SELECT id, role FROM "User" WHERE email = $1`, [email.toLowerCase()]);
    const user = users.rows[0];
    if (!user) return await submit(undefined);
    const waitStarted = Date.now();
    await client.query(`SELECT pg_advisory_lock(hashtext($1))`, [`e2e-totp:${user.id}`]);
    try {
      if (user.role === "ADMIN" && enrolIfRequired) {
        // Keeps a secret already being enrolled; only switches it on.
        await client.query(
          `INSERT INTO "UserTotp" ("userId", "secretEnc", "enabledAt", "updatedAt") VALUES ($1, $2, now(), now())
           ON CONFLICT ("userId") DO UPDATE SET "enabledAt" = COALESCE("UserTotp"."enabledAt", now())`,
          [user.id, encryptTotpSecret(new Secret({ size: 20 }).base32)],
        );
      }
      const rows = await client.query<{ secretEnc: string; lastUsedStep: number | null }>(
        `SELECT "secretEnc", "lastUsedStep" FROM "UserTotp" WHERE "userId" = $1 AND "enabledAt" IS NOT NULL`,
        [user.id],
      );
      const totp = rows.rows[0];
      if (!totp) return await submit(undefined);
      // The server accepts the previous, current and next step, each once. Not the previous one
      // here: on a loaded machine the password step can take long enough for it to fall out of
      // the window before the code is typed ("code incorrect, expiré ou déjà utilisé").
      const step = Math.max(currentStep(), (totp.lastUsedStep ?? 0) + 1);
      while (step > currentStep() + 1) await sleep(1000);
      grantWaitedTime(Date.now() - waitStarted);
      const result = await submit(totpCode(decryptTotpSecret(totp.secretEnc), step));
      // Hold the lock until the server has recorded this step, so the next sign-in picks another.
      for (let i = 0; i < 40; i++) {
        const after = await client.query<{ lastUsedStep: number | null }>(`SELECT "lastUsedStep" FROM "UserTotp" WHERE "userId" = $1`, [user.id]);
        if ((after.rows[0]?.lastUsedStep ?? 0) >= step) break;
        await sleep(250);
      }
      return result;
    } finally {
      await client.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`e2e-totp:${user.id}`]);
    }
  } finally {
    await client.end();
  }
}
