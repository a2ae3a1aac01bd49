// What the sign-in form's server actions (lib/actions/auth.ts) read from and write to the request,
// in one module (tests replace it): the client's address, and the cookies: next-auth's own
// session cookie (the same JWT as its credentials callback would set: the server-side session
// id), and, between the password and the code of an account with a second factor, a short-lived
// proof that the password was checked. Both are encrypted with NEXTAUTH_SECRET, HttpOnly,
// SameSite=Lax, Secure behind HTTPS; the proof uses its own key (salt), so neither can stand for
// the other.
import { cookies, headers } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { clientIpFrom } from "./client-ip";
import { SESSION_COOKIE_NAMES, sessionIdFrom, usesSecureCookies } from "./session-cookie";

const SECOND_FACTOR_SALT = "passerelle.second-facteur";
/** Time to type the code once the password was accepted. */
const SECOND_FACTOR_MAX_AGE_S = 5 * 60;

const secondFactorCookieName = () => (usesSecureCookies() ? "__Secure-passerelle.second-facteur" : "passerelle.second-facteur");
const options = (maxAge: number) => ({ httpOnly: true, sameSite: "lax" as const, path: "/", secure: usesSecureCookies(), maxAge });

export async function requestIp(): Promise<string | null> {
  const h = await headers();
  return clientIpFrom((name) => h.get(name));
}

export async function writeSessionCookie({ userId, sessionId, maxAgeS }: { userId: string; sessionId: string; maxAgeS: number }) {
  const value = await encode({ token: { sub: userId, sid: sessionId }, secret: env().NEXTAUTH_SECRET, maxAge: maxAgeS });
  const name = usesSecureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
  (await cookies()).set(name, value, options(maxAgeS));
}

export type SecondFactorPending = { userId: string; stamp: string };

export async function writeSecondFactorCookie(pending: SecondFactorPending) {
  const value = await encode({
    token: { uid: pending.userId, stamp: pending.stamp },
    secret: env().NEXTAUTH_SECRET,
    maxAge: SECOND_FACTOR_MAX_AGE_S,
    salt: SECOND_FACTOR_SALT,
  });
  (await cookies()).set(secondFactorCookieName(), value, options(SECOND_FACTOR_MAX_AGE_S));
}

/** The pending second step, or null: none, forged or expired. */
export async function readSecondFactorCookie(): Promise<SecondFactorPending | null> {
  const raw = (await cookies()).get(secondFactorCookieName())?.value;
  if (!raw) return null;
  try {
    const token = await decode({ token: raw, secret: env().NEXTAUTH_SECRET, salt: SECOND_FACTOR_SALT });
    return typeof token?.uid === "string" && typeof token.stamp === "string" ? { userId: token.uid, stamp: token.stamp } : null;
  } catch {
    return null;
  }
}

export async function clearSecondFactorCookie() {
  (await cookies()).delete({ name: secondFactorCookieName(), path: "/" });
}

/** The server-side session id of the session cookie, or null (none, forged, expired). */
export async function readSessionId(): Promise<string | null> {
  const jar = await cookies();
  return sessionIdFrom((name) => jar.get(name)?.value);
}

export async function clearSessionCookie() {
  const jar = await cookies();
  for (const name of SESSION_COOKIE_NAMES) jar.delete({ name, path: "/" });
}
