// Runs before next-auth's credentials callback: the attempt is claimed against the per-address
// and per-e-mail limits before anything is checked (the callback gives it back when it succeeds);
// once an address or an e-mail has failed too often, it is answered 429 with Retry-After without
// even checking the password.
// The body is read the way next-auth reads it (JSON or form), from a clone.
import { clientIpFrom } from "@/lib/auth/client-ip";
import { claimSignInAttempt } from "@/lib/domain/rate-limit/sign-in";
import { SIGN_IN_THROTTLED } from "@/lib/domain/auth/totp-schemas";
import { tooManyRequests } from "./responses";

async function readBody(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.includes("application/json")) {
      const body: unknown = await request.clone().json();
      return body && typeof body === "object" ? (body as Record<string, unknown>) : {};
    }
    if (type.includes("application/x-www-form-urlencoded")) {
      return Object.fromEntries(new URLSearchParams(await request.clone().text()));
    }
  } catch {
    // Malformed: next-auth refuses it on its own.
  }
  return {};
}

export async function throttleSignIn(request: Request, segments: string[] | undefined, now = new Date()): Promise<Response | null> {
  if (request.method !== "POST" || segments?.join("/") !== "callback/credentials") return null;
  const body = await readBody(request);
  const ip = clientIpFrom((name) => request.headers.get(name));
  let verdict: Awaited<ReturnType<typeof claimSignInAttempt>>;
  try {
    verdict = await claimSignInAttempt({ email: body.email, ip, now });
  } catch {
    // Database unreachable: no password can be checked either. next-auth's own path answers
    // with the French "service momentanément indisponible" message instead of a bare 500.
    return null;
  }
  if (verdict.allowed) return null;
  if (body.json !== "true") return tooManyRequests(verdict.retryAfterS);
  // next-auth's client reads `url` and shows the error code it carries.
  const url = new URL("/connexion", request.url);
  url.searchParams.set("error", SIGN_IN_THROTTLED);
  return new Response(JSON.stringify({ url: url.toString() }), {
    status: 429,
    headers: { "Content-Type": "application/json", "Retry-After": String(verdict.retryAfterS), "Cache-Control": "no-store" },
  });
}
