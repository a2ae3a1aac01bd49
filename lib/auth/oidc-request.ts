// The cookie that carries a provider sign-in from its start to its callback (state, nonce, PKCE
// verifier, where to go next): encrypted with NEXTAUTH_SECRET under its own key (salt), HttpOnly,
// SameSite=Lax (the provider's redirect back is a top-level GET, which Lax lets through), ten
// minutes, and deleted by the callback whatever happens: a state is used once.
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import type { OidcPending } from "@/lib/oidc-config";
import { usesSecureCookies } from "./session-cookie";

const SALT = "passerelle.oidc";
const MAX_AGE_S = 10 * 60;
const cookieName = () => (usesSecureCookies() ? "__Secure-passerelle.oidc" : "passerelle.oidc");

export async function writeOidcPendingCookie(pending: OidcPending) {
  const value = await encode({ token: { ...pending }, secret: env().NEXTAUTH_SECRET, maxAge: MAX_AGE_S, salt: SALT });
  (await cookies()).set(cookieName(), value, { httpOnly: true, sameSite: "lax", path: "/api/oidc", secure: usesSecureCookies(), maxAge: MAX_AGE_S });
}

/** The pending sign-in, or null (none, forged, expired); deleted in the same call. */
export async function takeOidcPendingCookie(): Promise<OidcPending | null> {
  const jar = await cookies();
  const raw = jar.get(cookieName())?.value;
  jar.delete({ name: cookieName(), path: "/api/oidc" });
  if (!raw) return null;
  try {
    const t = await decode({ token: raw, secret: env().NEXTAUTH_SECRET, salt: SALT });
    if (!t || typeof t.provider !== "string" || typeof t.state !== "string" || typeof t.nonce !== "string" || typeof t.verifier !== "string") return null;
    return { provider: t.provider, state: t.state, nonce: t.nonce, verifier: t.verifier, callbackUrl: typeof t.callbackUrl === "string" ? t.callbackUrl : null };
  } catch {
    return null;
  }
}
