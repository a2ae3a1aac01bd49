// CSRF defence for route handlers: a browser always tells where a request comes from (Origin on
// POST/PUT/PATCH/DELETE, Sec-Fetch-Site on every request of a current browser, Referer often).
// A request is accepted only when those say "this very site". Server actions get the same check
// from Next itself; next-auth's own routes keep their CSRF token.
export type HeaderReader = { get(name: string): string | null };

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

const carriesSessionCookie = (headers: HeaderReader) => /(^|;\s*)(__Secure-)?next-auth\.session-token=/.test(headers.get("cookie") ?? "");

function originOf(value: string | null): string | null {
  if (!value || value === "null") return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

function hostOf(origin: string): string {
  return new URL(origin).host.toLowerCase();
}

/**
 * The configured public addresses (NEXTAUTH_URL, APP_URL) and the host the request was sent to
 * (the browser sets Host; the reverse proxy passes it on or sets X-Forwarded-Host).
 */
function isTrusted(origin: string, headers: HeaderReader, configured: string[]): boolean {
  if (configured.some((url) => originOf(url) === origin)) return true;
  const host = (headers.get("x-forwarded-host") ?? headers.get("host"))?.split(",")[0]?.trim().toLowerCase();
  return Boolean(host) && hostOf(origin) === host;
}

export type OriginVerdict = { ok: true } | { ok: false; reason: "origine_etrangere" | "origine_absente" | "site_etranger" };

/**
 * `configured`: the application's own public URLs. A state-changing request must prove it comes
 * from this site (Origin, or Referer when a privacy setting removed Origin). A read with side
 * effects (an audited download) is refused when the browser says it was started by another site.
 */
export function checkSameOrigin(method: string, headers: HeaderReader, configured: string[]): OriginVerdict {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite === "cross-site" || fetchSite === "same-site") return { ok: false, reason: "site_etranger" };
  const claimed = originOf(headers.get("origin")) ?? originOf(headers.get("referer"));
  if (claimed) return isTrusted(claimed, headers, configured) ? { ok: true } : { ok: false, reason: "origine_etrangere" };
  // An explicit "Origin: null" (sandboxed frame, data: URL) never comes from our pages.
  if (headers.get("origin") === "null") return { ok: false, reason: "origine_etrangere" };
  // A GET typed in the address bar or opened from a bookmark carries no origin: harmless. A
  // write without any origin is refused when it rides on the session cookie (what CSRF abuses);
  // a client without a browser session (a scheduler with its own token) has nothing to forge.
  if (!STATE_CHANGING.has(method.toUpperCase())) return { ok: true };
  return carriesSessionCookie(headers) ? { ok: false, reason: "origine_absente" } : { ok: true };
}

export const isStateChanging = (method: string) => STATE_CHANGING.has(method.toUpperCase());
