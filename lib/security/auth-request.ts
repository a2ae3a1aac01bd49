// next-auth answers 500 to requests it cannot read (issue 23, finding 8): a body sent as JSON
// that is not JSON (it calls req.json() unguarded), or a callbackUrl that does not parse as an
// address (`http://[::1`), in the query, the body or its `next-auth.callback-url` cookie (its
// own configuration check then fails on every route, /api/auth/csrf and /session included, for
// that browser until the cookie expires). The route answers the first two with a French 400
// before next-auth reads anything; the proxy drops the cookie (the browser forgets it too).
import { badRequest } from "./responses";

export const CALLBACK_URL_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

const MALFORMED_BODY = "Le contenu de la demande est mal formé : rechargez la page de connexion et réessayez.";
const MALFORMED_CALLBACK = "L'adresse de retour de la demande est mal formée : rechargez la page de connexion et réessayez.";

/** next-auth's own test (core/lib/assert.js): an http(s) address, or a path of this site. */
export function isReadableCallbackUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? "http://passerelle.invalid" : undefined).protocol);
  } catch {
    return false;
  }
}

/** The body as next-auth reads it (JSON or form), or "malformed"; from a clone. */
async function readBody(request: Request): Promise<Record<string, unknown> | "malformed" | null> {
  if (request.method !== "POST") return null;
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/json")) {
    let body: unknown;
    try {
      body = JSON.parse(await request.clone().text());
    } catch {
      return "malformed";
    }
    return body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : "malformed";
  }
  if (type.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(await request.clone().text()));
  return null;
}

/** A French 400 for what next-auth cannot read, or null to go on. */
export async function refuseMalformedAuthRequest(request: Request): Promise<Response | null> {
  const query = new URL(request.url).searchParams.get("callbackUrl");
  if (query !== null && query !== "" && !isReadableCallbackUrl(query)) return badRequest(MALFORMED_CALLBACK);
  const body = await readBody(request);
  if (body === "malformed") return badRequest(MALFORMED_BODY);
  const fromBody = body?.callbackUrl;
  if (fromBody !== undefined && (typeof fromBody !== "string" || (fromBody !== "" && !isReadableCallbackUrl(fromBody)))) {
    return badRequest(MALFORMED_CALLBACK);
  }
  return null;
}

/**
 * For the proxy: the request's Cookie header without a callback-url cookie that next-auth could
 * not read, and the names dropped (to clear them in the browser too). Null when nothing to drop.
 */
export function withoutUnreadableCallbackCookie(cookieHeader: string | null): { header: string; dropped: string[] } | null {
  if (!cookieHeader) return null;
  const dropped: string[] = [];
  const kept = cookieHeader.split(";").filter((part) => {
    const eq = part.indexOf("=");
    const name = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (!CALLBACK_URL_COOKIES.includes(name)) return true;
    let value = eq < 0 ? "" : part.slice(eq + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      dropped.push(name);
      return false;
    }
    if (value === "" || isReadableCallbackUrl(value)) return true;
    dropped.push(name);
    return false;
  });
  return dropped.length ? { header: kept.join(";").trim(), dropped } : null;
}
