// The two ends of a provider sign-in, for the route handlers (app/api/oidc/[provider]/…) and the
// tests: the address to send the browser to, then the callback turned into a Passerelle session,
// a second step, or one of the codes of messages.ts. Logged and audited; never an exception.
import type { OidcProviderConfig } from "@/lib/oidc-config";
import { log } from "@/lib/log";
import { findOidcProvider, publicAppUrl } from "./providers";
import { authorizationRequest, endSessionUrl, exchangeCode, OidcRejectedError, OidcUnavailableError, type OidcPending } from "./protocol";
import { auditOidcFailure, signInWithOidcIdentity, type OidcLinkOutcome } from "./link";
import type { OidcErrorCode } from "./messages";

export const oidcRedirectUri = (appUrl: string, providerId: string) => `${appUrl.replace(/\/$/, "")}/api/oidc/${providerId}/retour`;

export async function startOidcSignIn(provider: OidcProviderConfig, appUrl: string, callbackUrl: string | null): Promise<{ url: string; pending: OidcPending } | { error: OidcErrorCode }> {
  try {
    return await authorizationRequest(provider, oidcRedirectUri(appUrl, provider.id), callbackUrl);
  } catch (error) {
    log.warn({ provider: provider.id, err: error instanceof Error ? error.message : String(error) }, "oidc_discovery_failed");
    return { error: "oidc-indisponible" };
  }
}

export type OidcCallbackOutcome = Exclude<OidcLinkOutcome, { kind: "refused" }> | { kind: "error"; error: OidcErrorCode };

/** `pending`: what the start left in the browser's cookie (null: none, expired or forged). */
export async function completeOidcSignIn(
  provider: OidcProviderConfig,
  callbackUrl: URL,
  pending: OidcPending | null,
  { ip, now }: { ip: string | null; now?: Date },
): Promise<OidcCallbackOutcome> {
  const fail = async (reason: string, error: OidcErrorCode): Promise<OidcCallbackOutcome> => {
    log.warn({ provider: provider.id, reason }, "oidc_callback_refused");
    await auditOidcFailure(provider.id, reason, ip);
    return { kind: "error", error };
  };
  if (!pending || pending.provider !== provider.id) return fail("demande_absente_ou_expiree", "oidc-verification");
  let identity;
  try {
    identity = await exchangeCode(provider, callbackUrl, pending);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof OidcUnavailableError) return fail(`fournisseur_injoignable: ${message}`, "oidc-indisponible");
    if (error instanceof OidcRejectedError) return fail(`reponse_refusee: ${message}`, "oidc-verification");
    throw error;
  }
  const outcome = await signInWithOidcIdentity(provider, identity, { ip, now });
  return outcome.kind === "refused" ? { kind: "error", error: "oidc-refus" } : outcome;
}

/** The provider's logout address for a session it opened (back to /connexion), or null. */
export async function providerLogoutUrl(ended: { oidcProvider: string; oidcIdToken: string | null }): Promise<string | null> {
  const provider = findOidcProvider(ended.oidcProvider);
  if (!provider) return null;
  return endSessionUrl(provider, ended.oidcIdToken, new URL("/connexion", publicAppUrl("http://localhost")).href);
}
