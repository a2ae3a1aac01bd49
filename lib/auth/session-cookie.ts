// The signed session cookie of next-auth, read the same way by the pages (current-user.ts) and by
// the proxy (the dossier-opening limit): it carries only the server-side session id.
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";

/** Behind HTTPS the cookies are "__Secure-…" and Secure (next-auth's rule, made explicit in options.ts). */
export const usesSecureCookies = () => (env().NEXTAUTH_URL ?? "").startsWith("https://");

export const SESSION_COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** The session id the cookie carries, or null when there is none or it is forged or expired. */
export async function sessionIdFrom(cookie: (name: string) => string | undefined): Promise<string | null> {
  const raw = SESSION_COOKIE_NAMES.map(cookie).find(Boolean);
  if (!raw) return null;
  try {
    const sid = (await decode({ token: raw, secret: env().NEXTAUTH_SECRET }))?.sid;
    return typeof sid === "string" ? sid : null;
  } catch {
    return null;
  }
}
