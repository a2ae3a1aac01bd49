// The public form's signed timestamp: the page hands out `structureId.issuedAt.signature`, the
// action checks it came from this server for this structure, and that the form was not sent
// faster than a person can fill it (a bot posting at once) nor from a page left open for days.
// HMAC-SHA256 with NEXTAUTH_SECRET: no state to store, valid on every instance.
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/** Below this, nobody has read the notice and typed a description. */
export const MIN_FILL_MS = 4_000;
export const MAX_AGE_MS = 6 * 60 * 60 * 1000;

const sign = (payload: string) => createHmac("sha256", `signalement:${env().NEXTAUTH_SECRET}`).update(payload).digest("base64url");

export function issueFormToken(structureId: string, now = new Date()): string {
  const payload = `${structureId}.${now.getTime()}`;
  return `${payload}.${sign(payload)}`;
}

export type TokenVerdict = "ok" | "invalid" | "too-fast" | "expired";

export function checkFormToken(token: string, structureId: string, now = new Date()): TokenVerdict {
  const parts = token.split(".");
  if (parts.length !== 3) return "invalid";
  const [id, at, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(`${id}.${at}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected) || id !== structureId || !/^\d{1,15}$/.test(at)) return "invalid";
  const age = now.getTime() - Number(at);
  if (age < MIN_FILL_MS) return "too-fast";
  if (age > MAX_AGE_MS) return "expired";
  return "ok";
}
