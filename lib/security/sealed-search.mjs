// A searched name carried in an address without being readable there (issue 23, finding 9;
// decision 0064). The usagers list puts `recherche=<token>` in its URL instead of `q=<name>`:
// AES-256-GCM with a key derived from NEXTAUTH_SECRET, the user's id as additional data (a
// token copied to a colleague opens nothing), and an expiry (an old history entry or proxy log
// line stays unreadable and, once expired, useless). Plain Node so that the benchmark
// (scripts/bench.mjs), which knows the secret of the instance it starts, computes the same tokens.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "1";
const key = (secret) => Buffer.from(hkdfSync("sha256", secret, "passerelle", "usager-search-v1", 32));

/** A token naming `q` for `userId` until `now + ttlMs`. */
export function sealSearch({ secret, userId, q, ttlMs, now = Date.now() }) {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(secret), iv);
  cipher.setAAD(Buffer.from(`${VERSION}:${userId}`));
  const body = Buffer.concat([cipher.update(JSON.stringify({ q, e: now + ttlMs }), "utf8"), cipher.final()]);
  return VERSION + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/**
 * The term a token names, or null when it is not one of ours, is another user's, was altered or
 * has expired: the caller shows the list without a search (and says the search has expired).
 */
export function openSearch({ secret, userId, token, now = Date.now() }) {
  if (typeof token !== "string" || !token.startsWith(VERSION) || token.length > 1000) return null;
  try {
    const raw = Buffer.from(token.slice(VERSION.length), "base64url");
    if (raw.length < 29) return null;
    const decipher = createDecipheriv("aes-256-gcm", key(secret), raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(`${VERSION}:${userId}`));
    decipher.setAuthTag(raw.subarray(12, 28));
    const payload = JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8"));
    if (typeof payload?.q !== "string" || typeof payload?.e !== "number" || payload.e < now) return null;
    return payload.q;
  } catch {
    return null;
  }
}
