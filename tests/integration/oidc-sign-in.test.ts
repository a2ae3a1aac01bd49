// Sign-in through an OpenID Connect provider (issue 20, decisions 0040–0043), against a real
// provider (oidc-provider 9) started on loopback: discovery, the code flow over HTTP with its
// login page and cookies, then the callback checked by openid-client and linked to an account.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ZOidcProviders, type OidcProviderConfig, type OidcPending } from "@/lib/oidc-config";
import { completeOidcSignIn, oidcRedirectUri, startOidcSignIn } from "@/lib/domain/auth/oidc/flow";
import { discover, endSessionUrl } from "@/lib/domain/auth/oidc/protocol";
import { signInWithPassword } from "@/lib/domain/auth/sign-in";
import { startOidcProvider } from "../helpers/oidc-provider.mjs";
import { db, resetDb } from "../helpers/db";
import { TEST_PASSWORD, makeStructure, makeUser } from "../helpers/factories";

const APP = "http://localhost:3999";
let idp: Awaited<ReturnType<typeof startOidcProvider>>;
let provider: OidcProviderConfig;

const config = (over: Record<string, unknown> = {}) =>
  ZOidcProviders.parse(JSON.stringify([{ id: "ville", label: "l'annuaire de la ville", issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, ...over }]))[0]!;

beforeAll(async () => {
  idp = await startOidcProvider({ redirectUris: [oidcRedirectUri(APP, "ville")], postLogoutRedirectUris: [`${APP}/connexion`] });
  provider = config();
});
afterAll(async () => idp.close());
beforeEach(async () => {
  await resetDb();
  idp.tamperIdToken(null);
});

/** A browser on the provider's side: follows redirects, keeps cookies, fills the login page; stops at our callback. */
async function loginAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(";")[0] ?? "";
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  let url = new URL(authorizationUrl);
  let init: RequestInit = {};
  for (let hop = 0; hop < 12; hop++) {
    const res = await fetch(url, { ...init, redirect: "manual", headers: { ...(init.headers as Record<string, string>), cookie: cookie() } });
    keep(res);
    const location = res.headers.get("location");
    if (location) {
      const next = new URL(location, url);
      if (next.href.startsWith(oidcRedirectUri(APP, "ville"))) return next;
      url = next;
      init = {};
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action || !html.includes('name="login"')) throw new Error(`page inattendue du fournisseur (${res.status}) : ${html.slice(0, 200)}`);
    url = new URL(action, url);
    init = { method: "POST", body: new URLSearchParams({ prompt: "login", login, password: "peu-importe" }), headers: { "content-type": "application/x-www-form-urlencoded" } };
  }
  throw new Error("trop de redirections");
}

async function world({ enabled = true, status = "ACTIVE" as "ACTIVE" | "DISABLED" | "PENDING_APPROVAL" } = {}) {
  const structure = await makeStructure();
  const user = await makeUser(structure, "TRAVAILLEUR_SOCIAL", { status });
  if (enabled) await db.structureSettings.create({ data: { structureId: structure.id, chargesRetenues: [], oidcProviders: ["ville"] } });
  return { structure, user };
}

/** The whole journey: start, the provider's login page, the callback. */
async function signIn(login: string, claims: Record<string, unknown>, alter: (p: OidcPending) => OidcPending = (p) => p, p = provider) {
  idp.accounts.set(login, claims);
  const started = await startOidcSignIn(p, APP, "/usagers");
  if ("error" in started) throw new Error(started.error);
  const callback = await loginAtProvider(started.url, login);
  return { outcome: await completeOidcSignIn(p, callback, alter(started.pending), { ip: "203.0.113.9" }), callback, pending: started.pending };
}

const audits = (action: string) => db.auditLog.findMany({ where: { action } });

describe("sign-in through an OpenID Connect provider", () => {
  it("discovers the provider's metadata", async () => {
    const meta = (await discover(provider)).serverMetadata();
    expect(meta.issuer).toBe(idp.issuer);
    expect(meta.authorization_endpoint).toMatch(/^http:\/\/127\.0\.0\.1/);
    expect(meta.end_session_endpoint).toBeTruthy();
  });

  it("opens a server-side session for the existing account with the same verified e-mail, and links the subject", async () => {
    const { user } = await world();
    const { outcome } = await signIn("sub-ts-1", { email: user.email.toUpperCase(), email_verified: true });
    expect(outcome.kind).toBe("signed-in");
    if (outcome.kind !== "signed-in") return;
    expect(outcome.userId).toBe(user.id);
    const session = await db.userSession.findUniqueOrThrow({ where: { id: outcome.sessionId } });
    expect(session).toMatchObject({ userId: user.id, oidcProvider: "ville", oidcMultiFactor: false });
    expect(session.oidcIdToken).toBeTruthy();
    expect(await db.userIdentity.findMany({ where: { userId: user.id } })).toMatchObject([{ provider: "ville", subject: "sub-ts-1" }]);
    const [row] = await audits("auth.oidc_sign_in");
    expect(row?.details).toMatchObject({ fournisseur: "ville", sujet: "sub-ts-1", lien: "nouveau" });
    // The logout address of the provider names this session's ID token.
    const logout = new URL((await endSessionUrl(provider, session.oidcIdToken, `${APP}/connexion`))!);
    expect(logout.searchParams.get("id_token_hint")).toBe(session.oidcIdToken);
    expect(logout.searchParams.get("post_logout_redirect_uri")).toBe(`${APP}/connexion`);
  });

  it("then finds the account by the subject, whatever e-mail the provider sends", async () => {
    const { structure, user } = await world();
    await signIn("sub-lien", { email: user.email, email_verified: true });
    const other = await makeUser(structure, "RESPONSABLE");
    const { outcome } = await signIn("sub-lien", { email: other.email, email_verified: true });
    expect(outcome).toMatchObject({ kind: "signed-in", userId: user.id });
    // Another subject with the linked account's e-mail does not open it.
    const { outcome: intruder } = await signIn("sub-autre", { email: user.email, email_verified: true });
    expect(intruder).toEqual({ kind: "error", error: "oidc-refus" });
    expect((await audits("auth.oidc_refused"))[0]?.details).toMatchObject({ motif: "autre_identite_liee", sujet: "sub-autre" });
  });

  it.each([
    ["a forged state", (p: OidcPending) => ({ ...p, state: "etat-falsifie" })],
    ["a wrong nonce", (p: OidcPending) => ({ ...p, nonce: "nonce-faux" })],
    ["another PKCE verifier", (p: OidcPending) => ({ ...p, verifier: "v".repeat(43) })],
  ])("refuses %s: no session, audited", async (_label, alter) => {
    const { user } = await world();
    const { outcome } = await signIn("sub-x", { email: user.email, email_verified: true }, alter);
    expect(outcome).toEqual({ kind: "error", error: "oidc-verification" });
    expect(await db.userSession.count()).toBe(0);
    expect(await audits("auth.oidc_failed")).toHaveLength(1);
  });

  it("refuses a callback without its pending request (cookie missing or expired), and a replayed code", async () => {
    const { user } = await world();
    const { outcome, callback, pending } = await signIn("sub-rejeu", { email: user.email, email_verified: true });
    expect(outcome.kind).toBe("signed-in");
    expect(await completeOidcSignIn(provider, callback, null, { ip: null })).toEqual({ kind: "error", error: "oidc-verification" });
    expect(await completeOidcSignIn(provider, callback, pending, { ip: null })).toEqual({ kind: "error", error: "oidc-verification" });
    expect(await db.userSession.count()).toBe(1);
  });

  it.each([
    ["another audience", async (c: Record<string, unknown>) => ({ claims: { ...c, aud: "un-autre-client" } })],
    ["another issuer", async (c: Record<string, unknown>) => ({ claims: { ...c, iss: "http://127.0.0.1:1/autre" } })],
    ["an expired token", async (c: Record<string, unknown>) => ({ claims: { ...c, iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 } })],
    ["a token signed with another key", async (c: Record<string, unknown>) => ({ claims: c, key: await idp.otherKey() })],
  ])("refuses an ID token with %s", async (_label, tamper) => {
    const { user } = await world();
    idp.tamperIdToken(tamper);
    const { outcome } = await signIn("sub-jeton", { email: user.email, email_verified: true });
    expect(outcome).toEqual({ kind: "error", error: "oidc-verification" });
    expect(await db.userSession.count()).toBe(0);
    expect(await db.userIdentity.count()).toBe(0);
  });

  it.each([
    ["an unverified e-mail", { email_verified: false }, {}, "email_non_verifie"],
    ["an unknown e-mail", { email: "personne.inconnue@ville.fr", email_verified: true }, {}, "compte_inconnu"],
    ["a structure that did not enable the provider", {}, { enabled: false }, "fournisseur_non_active"],
    ["a disabled account", {}, { status: "DISABLED" as const }, "compte_desactive"],
    // Issue 23, finding 4: a social account awaiting a responsable's approval (decision 0070).
    ["an account awaiting approval", {}, { status: "PENDING_APPROVAL" as const }, "compte_en_attente"],
  ])("refuses %s with the one generic message, audited", async (_label, claims, options, motif) => {
    const { user } = await world(options);
    const { outcome } = await signIn(`sub-${motif}`, { email: user.email, email_verified: true, ...claims });
    expect(outcome).toEqual({ kind: "error", error: "oidc-refus" });
    expect(await db.userSession.count()).toBe(0);
    expect(await db.userIdentity.count()).toBe(0);
    const [row] = await audits("auth.oidc_refused");
    expect(row?.details).toMatchObject({ fournisseur: "ville", motif });
  });

  it("says the provider is unavailable when it does not answer", async () => {
    const down = config({ id: "panne", issuer: "http://127.0.0.1:9/" });
    expect(await startOidcSignIn(down, APP, null)).toEqual({ error: "oidc-indisponible" });
  });

  it("believes the e-mail without email_verified only when configured to (ProConnect)", async () => {
    const { user } = await world();
    const { outcome } = await signIn("sub-sans-verif", { email: user.email });
    expect(outcome).toEqual({ kind: "error", error: "oidc-refus" });
    const trusting = config({ trustEmail: true });
    const again = await signIn("sub-sans-verif", { email: user.email }, undefined, trusting);
    expect(again.outcome.kind).toBe("signed-in");
  });
});

describe("the password fallback of a structure (decision 0042)", () => {
  it("refuses the password when the structure turned it off, except to an ADMIN (break-glass)", async () => {
    const structure = await makeStructure();
    const ts = await makeUser(structure, "TRAVAILLEUR_SOCIAL");
    const admin = await makeUser(structure, "ADMIN");
    await db.structureSettings.create({ data: { structureId: structure.id, chargesRetenues: [], oidcProviders: ["ville"], passwordSignIn: false } });
    expect(await signInWithPassword({ email: ts.email, password: TEST_PASSWORD, ip: null })).toEqual({ kind: "refused" });
    expect((await db.auditLog.findFirstOrThrow({ where: { action: "auth.sign_in_refused", entityId: ts.id } })).details).toMatchObject({ reason: "mot_de_passe_desactive" });
    expect((await signInWithPassword({ email: admin.email, password: TEST_PASSWORD, ip: null })).kind).toBe("signed-in");
    await db.structureSettings.update({ where: { structureId: structure.id }, data: { passwordSignIn: true } });
    expect((await signInWithPassword({ email: ts.email, password: TEST_PASSWORD, ip: null })).kind).toBe("signed-in");
  });
});
