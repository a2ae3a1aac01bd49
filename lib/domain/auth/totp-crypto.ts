// TOTP secrets are encrypted at rest (AES-256-GCM): a copy of the database alone does not let
// anyone compute codes. The key is derived from NEXTAUTH_SECRET with HKDF, so there is no new
// secret to deploy; rotating NEXTAUTH_SECRET means everyone enrols again (docs/security.md).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

const VERSION = "v1";

function key(secret = env().NEXTAUTH_SECRET): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "passerelle", "totp-secret-v1", 32));
}

export function encryptTotpSecret(plain: string, secret?: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(secret), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".");
}

/** Throws when the value was tampered with or encrypted under another NEXTAUTH_SECRET. */
export function decryptTotpSecret(stored: string, secret?: string): string {
  const [version, iv, tag, data] = stored.split(".");
  if (version !== VERSION || !iv || !tag || !data) throw new Error("Secret TOTP illisible");
  const decipher = createDecipheriv("aes-256-gcm", key(secret), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
