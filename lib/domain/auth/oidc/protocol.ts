// The OpenID Connect protocol, all of it through openid-client 6 (decision 0040): discovery, the
// authorization code flow with PKCE, state and nonce, the ID token's signature and claims
// (issuer, audience, expiry, nonce), userinfo for the same subject, and the logout address.
// Nothing here parses a token by hand.
import * as client from "openid-client";
import type { OidcPending, OidcProviderConfig } from "@/lib/oidc-config";

export type { OidcPending } from "@/lib/oidc-config";

/** The provider could not be reached or answered something that is not OpenID Connect. */
export class OidcUnavailableError extends Error {}
/** The answer did not check out: state, nonce, PKCE, signature, issuer, audience, expiry, code. */
export class OidcRejectedError extends Error {}

const DISCOVERY_TTL_MS = 60 * 60 * 1000;
const cache = new Map<string, { config: client.Configuration; at: number }>();

const isLoopback = (issuer: string) => new URL(issuer).protocol === "http:";

/** The provider's metadata (.well-known/openid-configuration), kept an hour; a failure is not kept. */
export async function discover(provider: OidcProviderConfig): Promise<client.Configuration> {
  const hit = cache.get(provider.id);
  if (hit && Date.now() - hit.at < DISCOVERY_TTL_MS && hit.config.serverMetadata().issuer === provider.issuer) return hit.config;
  try {
    const config = await client.discovery(new URL(provider.issuer), provider.clientId, provider.clientSecret, client.ClientSecretPost(provider.clientSecret), {
      // The ID token's signature is checked against the provider's keys (jwks_uri) even though
      // it comes straight from the token endpoint: without this, openid-client (OIDC Core
      // 3.1.3.7) trusts TLS alone, and a token signed by another key passed (decision 0040).
      // lib/oidc-config.ts allows http:// on loopback only (the test suite's provider).
      execute: [client.enableNonRepudiationChecks, ...(isLoopback(provider.issuer) ? [client.allowInsecureRequests] : [])],
      timeout: 10,
    });
    cache.set(provider.id, { config, at: Date.now() });
    return config;
  } catch (error) {
    throw new OidcUnavailableError(error instanceof Error ? error.message : String(error));
  }
}

/** The address to send the browser to, and what must come back with it. */
export async function authorizationRequest(provider: OidcProviderConfig, redirectUri: string, callbackUrl: string | null) {
  const config = await discover(provider);
  const pending: OidcPending = {
    provider: provider.id,
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier: client.randomPKCECodeVerifier(),
    callbackUrl,
  };
  const parameters: Record<string, string> = {
    redirect_uri: redirectUri,
    scope: provider.scopes,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: "S256",
  };
  if (provider.acrValues) parameters.acr_values = provider.acrValues;
  // ProConnect asks for the claims it returns to be named in `claims` too when acr is essential.
  if (provider.kind === "proconnect" && provider.acrValues) {
    parameters.claims = JSON.stringify({ id_token: { amr: { essential: true }, acr: { essential: true, values: provider.acrValues.split(" ") } } });
  }
  return { url: client.buildAuthorizationUrl(config, parameters).href, pending };
}

export type OidcIdentity = {
  subject: string;
  /** ID token claims, then userinfo claims of the same subject (userinfo wins where both say). */
  claims: Record<string, unknown>;
  idToken: string;
};

/** The callback: code for tokens, every check of openid-client, then userinfo. */
export async function exchangeCode(provider: OidcProviderConfig, callbackUrl: URL, pending: OidcPending): Promise<OidcIdentity> {
  const config = await discover(provider);
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
  } catch (error) {
    throw classify(error);
  }
  const idClaims = tokens.claims();
  if (!idClaims || !tokens.id_token) throw new OidcRejectedError("id_token manquant");
  let userinfo: Record<string, unknown> = {};
  try {
    userinfo = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
  } catch (error) {
    throw classify(error);
  }
  return { subject: idClaims.sub, claims: { ...idClaims, ...userinfo }, idToken: tokens.id_token };
}

/** Network failures and non-OIDC answers are "unavailable"; anything the checks refused is "rejected". */
function classify(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof client.ClientError || error instanceof client.AuthorizationResponseError || error instanceof client.ResponseBodyError) {
    return new OidcRejectedError(message);
  }
  if (error instanceof TypeError || (error instanceof Error && /fetch failed|ECONNREFUSED|timeout|aborted/i.test(message))) {
    return new OidcUnavailableError(message);
  }
  return new OidcRejectedError(message);
}

/** RP-initiated logout, when the provider offers it (end_session_endpoint); else null. */
export async function endSessionUrl(provider: OidcProviderConfig, idToken: string | null, postLogoutRedirectUri: string): Promise<string | null> {
  let config: client.Configuration;
  try {
    config = await discover(provider);
  } catch {
    return null;
  }
  if (!config.serverMetadata().end_session_endpoint) return null;
  const parameters: Record<string, string> = { post_logout_redirect_uri: postLogoutRedirectUri, state: client.randomState() };
  if (idToken) parameters.id_token_hint = idToken;
  return client.buildEndSessionUrl(config, parameters).href;
}
