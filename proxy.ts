// Next.js proxy (formerly middleware): a fresh CSP nonce per request, so no inline script runs
// unless Next.js itself emitted it. Next reads the nonce from the request's CSP header.
import { NextResponse, type NextRequest } from "next/server";
import { checkSameOrigin, isStateChanging } from "@/lib/security/origin";
import { appOrigins } from "@/lib/security/app-origins";
import { badRequest, crossSiteRefused } from "@/lib/security/responses";
import { databaseLooksDown, unavailableResponse } from "@/lib/availability/database-breaker";
import { isDossierPage, throttleDossierOpening } from "@/lib/security/dossier-throttle";
import { withoutUnreadableCallbackCookie } from "@/lib/security/auth-request";
import { oidcProviderOrigins } from "@/lib/security/oidc-origins";

function contentSecurityPolicy(nonce: string): string {
  // The dev server evaluates code for hot reload; the production build never does.
  const devEval = process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : "";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${devEval}`,
    // Inline style attributes (React `style`) are allowed; scripts are not.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // The sign-out form may be sent on to the provider's logout (RP-initiated logout).
    ["form-action 'self'", ...oidcProviderOrigins()].join(" "),
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A path whose percent-encoding does not decode (`/%E0%A4%A`) would make Next.js fail with a 500. */
function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** Routes that send their own, stricter CSP (a document preview is sandboxed): kept as they are. */
const OWN_CSP = /^\/api\/documents\/[^/]+$/;

/** HSTS once the public address is HTTPS: the browser then never tries plain HTTP again. */
const hsts = () => (/^https:\/\//i.test(process.env.NEXTAUTH_URL ?? "") ? "max-age=31536000" : null);

export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  if (!decodes(path)) return badRequest("L'adresse demandée est mal formée : vérifiez-la ou repartez de l'accueil.");
  // CSRF: every state-changing route handler, present or future, answers only to this site; a
  // server action (a POST to a page, with or without JavaScript) too, with a French 403 where
  // Next.js would answer a 500. next-auth's routes keep their own CSRF token.
  if (!path.startsWith("/api/auth/") && isStateChanging(request.method)) {
    if (!checkSameOrigin(request.method, request.headers, appOrigins()).ok) return crossSiteRefused();
  }
  // /api/health probes the database itself and must keep answering its own 503.
  const { pathname } = request.nextUrl;
  if (pathname !== "/api/health" && databaseLooksDown(process.env.DATABASE_URL)) return unavailableResponse(pathname);
  // Bulk extraction: dossier pages (and their RSC payloads) count against their user's limit.
  if (isDossierPage(request.method, pathname)) {
    const throttled = await throttleDossierOpening(request).catch(() => null);
    if (throttled) return throttled;
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // A callback-url cookie next-auth cannot read would make every /api/auth route fail: dropped.
  const cleaned = pathname.startsWith("/api/auth/") ? withoutUnreadableCallbackCookie(request.headers.get("cookie")) : null;
  if (cleaned) requestHeaders.set("cookie", cleaned.header);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const name of cleaned?.dropped ?? []) response.cookies.set(name, "", { path: "/", maxAge: 0, secure: name.startsWith("__Secure-") });
  if (!OWN_CSP.test(pathname)) response.headers.set("Content-Security-Policy", csp);
  const sts = hsts();
  if (sts) response.headers.set("Strict-Transport-Security", sts);
  return response;
}

export const config = {
  matcher: [
    {
      // POST /api/documents stays out: Next.js would buffer a whole 15 MB body for the proxy
      // before the route could check the session; the route checks the origin, then the
      // session, then streams the body with its size limit.
      source: "/((?!_next/static|_next/image|favicon.ico|api/documents$).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
