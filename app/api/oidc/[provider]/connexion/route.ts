// Start of a provider sign-in (the "Se connecter avec …" link of /connexion): state, nonce and
// PKCE verifier go in an encrypted cookie, the browser goes to the provider (decision 0040).
import { NextResponse } from "next/server";
import { writeOidcPendingCookie } from "@/lib/auth/oidc-request";
import { sameSitePath } from "@/lib/security/return-path";
import { findOidcProvider, publicAppUrl } from "@/lib/domain/auth/oidc/providers";
import { startOidcSignIn } from "@/lib/domain/auth/oidc/flow";

type Context = { params: Promise<{ provider: string }> };

const back = (request: Request, error: string) => NextResponse.redirect(new URL(`/connexion?erreur=${error}`, publicAppUrl(request.url)), 303);

export async function GET(request: Request, context: Context) {
  const provider = findOidcProvider((await context.params).provider);
  if (!provider) return back(request, "oidc-inconnu");
  const callbackUrl = sameSitePath(new URL(request.url).searchParams.get("callbackUrl") ?? undefined);
  const started = await startOidcSignIn(provider, publicAppUrl(request.url), callbackUrl);
  if ("error" in started) return back(request, started.error);
  await writeOidcPendingCookie(started.pending);
  return NextResponse.redirect(started.url, 303);
}
