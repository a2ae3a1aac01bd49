// A real OpenID Provider for the tests (oidc-provider 9, a certified implementation) on loopback:
// discovery, authorization with PKCE, its own login page (devInteractions: any login, the login is
// the subject), token, userinfo, RP-initiated logout. Used by the integration tests and by the e2e
// run (scripts/test.mjs starts it before the server and passes OIDC_PROVIDERS).
// `tamperIdToken(fn)`: the next token responses carry an ID token re-signed with `fn(claims)`
// (another key, issuer, audience, expiry…), to prove that the client refuses it.
import http from "node:http";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import Provider from "oidc-provider";

/**
 * @param {{ port?: number, clientId?: string, clientSecret?: string, redirectUris: string[],
 *   postLogoutRedirectUris?: string[], accounts?: Record<string, Record<string, unknown>>, anyEmailLogin?: boolean }} options
 */
export async function startOidcProvider(options) {
  const clientId = options.clientId ?? "passerelle-test";
  const clientSecret = options.clientSecret ?? "secret-du-client-de-test-0123456789";
  const accounts = new Map(Object.entries(options.accounts ?? {}));
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: "cle-de-test", alg: "RS256", use: "sig" };

  let handler = (_req, res) => res.end();
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${server.address().port}`;

  const provider = new Provider(issuer, {
    clients: [{
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: options.redirectUris,
      post_logout_redirect_uris: options.postLogoutRedirectUris ?? [],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_post",
    }],
    async findAccount(_ctx, sub) {
      // The e2e run: whoever logs in with an e-mail address is that address, verified.
      if (!accounts.has(sub) && options.anyEmailLogin && /^[^@\s]+@[^@\s]+$/.test(sub)) return { accountId: sub, claims: async () => ({ sub, email: sub, email_verified: true }) };
      if (!accounts.has(sub)) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...accounts.get(sub) }) };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["given_name", "family_name"] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    jwks: { keys: [jwk] },
    cookies: { keys: ["cle-des-cookies-du-fournisseur-de-test"] },
    // A first-party client: no consent page (the login page is the interaction under test).
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });

  let tamper = null;
  provider.use(async (ctx, next) => {
    await next();
    if (tamper && ctx.path === "/token" && ctx.status === 200 && ctx.body?.id_token) {
      const [, payload] = ctx.body.id_token.split(".");
      const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
      const { claims: changed, key = privateKey, kid = jwk.kid } = await tamper(claims);
      ctx.body = { ...ctx.body, id_token: await new SignJWT(changed).setProtectedHeader({ alg: "RS256", kid }).sign(key) };
    }
  });
  handler = provider.callback();

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    /** `fn(claims)` → { claims, key?, kid? }; null: tokens as issued. */
    tamperIdToken(fn) {
      tamper = fn;
    },
    otherKey: async () => (await generateKeyPair("RS256")).privateKey,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
