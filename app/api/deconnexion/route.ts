// Sign-out, a plain form post (it works without JavaScript): the server-side session ends at
// once, the cookie is deleted, and when a provider opened the session and offers RP-initiated
// logout (end_session_endpoint), the browser goes on to end the provider's session too, which
// sends it back to /connexion (decision 0040). The proxy refuses a post from another site.
import { NextResponse } from "next/server";
import { cookies } from "next/headers";
import { requestIp } from "@/lib/auth/sign-in-request";
import { SESSION_COOKIE_NAMES, sessionIdFrom } from "@/lib/auth/session-cookie";
import { endSession } from "@/lib/domain/auth/sessions";
import { findOidcProvider, publicAppUrl } from "@/lib/domain/auth/oidc/providers";
import { endSessionUrl } from "@/lib/domain/auth/oidc/protocol";

export async function POST(request: Request) {
  const jar = await cookies();
  const sid = await sessionIdFrom((name) => jar.get(name)?.value);
  const ended = sid ? await endSession(sid, await requestIp()) : null;
  for (const name of SESSION_COOKIE_NAMES) jar.delete({ name, path: "/" });
  const appUrl = publicAppUrl(request.url);
  const signInPage = new URL("/connexion", appUrl).href;
  const provider = ended ? findOidcProvider(ended.oidcProvider) : null;
  const providerLogout = provider ? await endSessionUrl(provider, ended?.oidcIdToken ?? null, signInPage) : null;
  return NextResponse.redirect(providerLogout ?? signInPage, 303);
}
