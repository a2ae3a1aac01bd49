// The provider sends the browser back here with a code (redirect_uri). Every check is in
// lib/domain/auth/oidc/flow.ts; this route reads and writes the cookies and sends the browser on:
// signed in (the same server-side session as a password sign-in), to the code step, or back to
// /connexion with a generic message.
import { NextResponse } from "next/server";
import { takeOidcPendingCookie } from "@/lib/auth/oidc-request";
import { requestIp, writeSecondFactorCookie, writeSessionCookie, clearSecondFactorCookie } from "@/lib/auth/sign-in-request";
import { sameSitePath } from "@/lib/security/return-path";
import { findOidcProvider, publicAppUrl } from "@/lib/domain/auth/oidc/providers";
import { completeOidcSignIn } from "@/lib/domain/auth/oidc/flow";
import { SESSION_ABSOLUTE_MS } from "@/lib/domain/auth/session-rules";

type Context = { params: Promise<{ provider: string }> };

export async function GET(request: Request, context: Context) {
  const appUrl = publicAppUrl(request.url);
  const go = (path: string) => NextResponse.redirect(new URL(path, appUrl), 303);
  const pending = await takeOidcPendingCookie();
  const provider = findOidcProvider((await context.params).provider);
  if (!provider) return go("/connexion?erreur=oidc-inconnu");
  // openid-client compares the callback with the registered redirect_uri: the public address,
  // not the one the server listens on behind its proxy.
  const callbackUrl = new URL(new URL(request.url).search, `${appUrl.replace(/\/$/, "")}/api/oidc/${provider.id}/retour`);
  const outcome = await completeOidcSignIn(provider, callbackUrl, pending, { ip: await requestIp() });
  if (outcome.kind === "error") return go(`/connexion?erreur=${outcome.error}`);
  const next = sameSitePath(pending?.callbackUrl ?? undefined);
  if (outcome.kind === "second-factor") {
    await writeSecondFactorCookie({ userId: outcome.userId, stamp: outcome.stamp });
    return go(next ? `/connexion?callbackUrl=${encodeURIComponent(next)}` : "/connexion");
  }
  await writeSessionCookie({ userId: outcome.userId, sessionId: outcome.sessionId, maxAgeS: SESSION_ABSOLUTE_MS / 1000 });
  await clearSecondFactorCookie();
  return go(next ?? "/");
}
