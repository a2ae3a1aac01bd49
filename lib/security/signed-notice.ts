// The answer of a form posted without JavaScript to a route handler (a file upload), carried
// back to the page in its address: signed (HMAC-SHA256, key derived from NEXTAUTH_SECRET), so
// that nobody can craft a link showing a message of their choosing on a Passerelle page.
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/** `values`: what the form's text fields held, to fill them again. */
export type Notice = { formError: string; fieldErrors: Record<string, string>; values?: Record<string, string> };

const MAX_TEXT = 3_000;
const key = () => Buffer.from(hkdfSync("sha256", env().NEXTAUTH_SECRET, "passerelle", "form-notice-v1", 32));
const mac = (payload: string) => createHmac("sha256", key()).update(payload).digest("base64url");

export function signNotice(notice: Notice): string {
  const cut = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}…` : s);
  const fieldErrors = Object.fromEntries(Object.entries(notice.fieldErrors).map(([k, v]) => [k, cut(v)]));
  const values = Object.fromEntries(Object.entries(notice.values ?? {}).map(([k, v]) => [k, v.slice(0, 500)]));
  const payload = Buffer.from(JSON.stringify({ formError: cut(notice.formError), fieldErrors, values })).toString("base64url");
  return `${payload}.${mac(payload)}`;
}

/** The notice, or null when the value is missing, malformed or not signed by this server. */
export function readNotice(value: string | undefined | null): Notice | null {
  if (!value || value.length > 20_000) return null;
  const [payload, signature] = value.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(mac(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Notice;
    if (typeof parsed.formError !== "string" || typeof parsed.fieldErrors !== "object" || parsed.fieldErrors === null) return null;
    const strings = (o: unknown) => Object.fromEntries(Object.entries(o && typeof o === "object" ? o : {}).filter(([, v]) => typeof v === "string")) as Record<string, string>;
    return { formError: parsed.formError, fieldErrors: strings(parsed.fieldErrors), values: strings(parsed.values) };
  } catch {
    return null;
  }
}
