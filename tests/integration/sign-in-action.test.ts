// The sign-in form's server actions (decision 0022): what a form sent without JavaScript gets
// back (a redirect, or the French messages with what was typed minus the password), and the
// per-e-mail and per-address limits claimed before any check (issue 23, finding 1).
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/sign-in-request", async () => (await import("../helpers/sign-in-request")).signInRequestModule);

const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/auth/password-hash", async (original) => {
  const real = await original<typeof import("@/lib/auth/password-hash")>();
  return {
    ...real,
    verifyPassword: async (hash: string, password: string) => {
      checks.count += 1;
      return real.verifyPassword(hash, password);
    },
    burnVerifyTime: async (password: string) => {
      checks.count += 1;
      return real.burnVerifyTime(password);
    },
  };
});

import { cancelSignInCodeAction, signInAction, signInCodeAction } from "@/lib/actions/auth";
import { signInWithPassword } from "@/lib/domain/auth/sign-in";
import { SIGN_IN_FAILURES_PER_EMAIL, SIGN_IN_FAILURES_PER_IP } from "@/lib/domain/rate-limit/policies";
import { SIGN_IN_FAILED } from "@/lib/domain/auth/schemas";
import { SECOND_FACTOR_FAILED, SIGN_IN_THROTTLED_MESSAGE } from "@/lib/domain/auth/totp-schemas";
import { confirmTotpEnrolment, pendingTotpEnrolment } from "@/lib/domain/auth/totp-commands";
import { totpCodeAt } from "@/lib/domain/auth/totp";
import { resetSignInCookies, signInCookies } from "../helpers/sign-in-request";
import { db, resetDb } from "../helpers/db";
import { TEST_PASSWORD, actorOf, makeStructure, makeUser } from "../helpers/factories";

beforeEach(async () => {
  await resetDb();
  resetSignInCookies();
  checks.count = 0;
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

/** Where a form post is sent (Next's redirect() throws), or the action's answer. */
async function post(action: (s: unknown, f: FormData) => Promise<unknown>, fields: Record<string, string>) {
  try {
    return { result: await action(null, form(fields)) as { ok: boolean; formError?: string; fieldErrors?: Record<string, string>; values?: Record<string, unknown> } };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirect: digest.split(";")[2] };
  }
}

describe("signInAction (a form post)", () => {
  it("signs in: next-auth's session cookie for a new server-side session, then home", async () => {
    const user = await makeUser(await makeStructure(), "TRAVAILLEUR_SOCIAL");
    expect(await post(signInAction, { email: ` ${user.email.toUpperCase()} `, password: TEST_PASSWORD })).toEqual({ redirect: "/" });
    const session = await db.userSession.findFirstOrThrow({ where: { userId: user.id } });
    expect(signInCookies().session).toEqual({ userId: user.id, sessionId: session.id });
  });

  it("goes back to the callbackUrl only when it is a path of this site", async () => {
    const user = await makeUser(await makeStructure(), "TRAVAILLEUR_SOCIAL");
    expect(await post(signInAction, { email: user.email, password: TEST_PASSWORD, callbackUrl: "/usagers?page=2" })).toEqual({ redirect: "/usagers?page=2" });
    for (const outside of ["https://evil.example/x", "//evil.example", "/\\evil.example", "http://[::1", "javascript:alert(1)"]) {
      expect(await post(signInAction, { email: user.email, password: TEST_PASSWORD, callbackUrl: outside })).toEqual({ redirect: "/" });
    }
  });

  it("answers a wrong password and an unknown e-mail with the same message, keeping the e-mail, never the password", async () => {
    const user = await makeUser(await makeStructure(), "TRAVAILLEUR_SOCIAL");
    const wrong = await post(signInAction, { email: user.email, password: "Mauvais-Mot-De-Passe-1" });
    const unknown = await post(signInAction, { email: "personne@nulle-part.fr", password: "Mauvais-Mot-De-Passe-1" });
    for (const r of [wrong, unknown]) {
      expect(r.result).toMatchObject({ ok: false, formError: SIGN_IN_FAILED, fieldErrors: {} });
      expect(JSON.stringify(r.result)).not.toContain("Mauvais-Mot-De-Passe");
    }
    expect(wrong.result?.values).toEqual({ email: user.email });
    expect(await db.userSession.count()).toBe(0);
  });

  it("puts a French message on each empty field", async () => {
    const { result } = await post(signInAction, { email: "", password: "" });
    expect(result?.fieldErrors).toEqual({ email: "Saisissez votre adresse e-mail.", password: "Saisissez votre mot de passe." });
    expect((await post(signInAction, { email: "pas-une-adresse", password: "x" })).result?.fieldErrors?.email).toMatch(/^Saisissez une adresse e-mail valide/);
    expect(checks.count).toBe(0);
  });

  it("says so in French once the e-mail has failed too often, without checking the password", async () => {
    const user = await makeUser(await makeStructure(), "TRAVAILLEUR_SOCIAL");
    await db.rateLimit.create({ data: { key: `connexion-email:${user.email}`, windowStart: new Date(), count: SIGN_IN_FAILURES_PER_EMAIL.limit, expiresAt: new Date(Date.now() + 60_000) } });
    expect((await post(signInAction, { email: user.email, password: TEST_PASSWORD })).result?.formError).toBe(SIGN_IN_THROTTLED_MESSAGE);
    expect(checks.count).toBe(0);
  });
});

describe("the second step", () => {
  async function adminWithTotp() {
    const admin = actorOf(await makeUser(await makeStructure(), "ADMIN"));
    const pending = await pendingTotpEnrolment(admin);
    await confirmTotpEnrolment(admin, { code: totpCodeAt(pending!.secret, new Date()) });
    return { admin, secret: pending!.secret };
  }

  it("asks the code after the right password, without sending the password again", async () => {
    const { admin, secret } = await adminWithTotp();
    expect(await post(signInAction, { email: admin.email, password: TEST_PASSWORD, callbackUrl: "/admin" })).toEqual({ redirect: "/connexion?callbackUrl=%2Fadmin" });
    expect(signInCookies().pending?.userId).toBe(admin.id);
    expect(await db.userSession.count()).toBe(0);
    // The enrolment used the current step's code (a code is never accepted twice): the next one.
    const right = totpCodeAt(secret, new Date(Date.now() + 30_000));
    const wrong = right === "000000" ? "111111" : "000000";
    expect((await post(signInCodeAction, { code: wrong })).result?.formError).toBe(SECOND_FACTOR_FAILED);
    expect((await post(signInCodeAction, { code: "" })).result?.fieldErrors?.code).toBe("Saisissez le code à 6 chiffres ou un code de secours.");
    expect(await post(signInCodeAction, { code: right, callbackUrl: "/admin" })).toEqual({ redirect: "/admin" });
    expect(signInCookies().pending).toBeNull();
    expect(await db.userSession.count({ where: { userId: admin.id } })).toBe(1);
  });

  it("refuses a code with no password proved, or once the password changed; Retour forgets the proof", async () => {
    const { admin, secret } = await adminWithTotp();
    expect((await post(signInCodeAction, { code: totpCodeAt(secret, new Date()) })).result?.formError).toMatch(/^Le délai pour saisir le code est dépassé/);
    await post(signInAction, { email: admin.email, password: TEST_PASSWORD });
    await db.user.update({ where: { id: admin.id }, data: { passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$autre$autre" } });
    expect((await post(signInCodeAction, { code: totpCodeAt(secret, new Date(Date.now() + 30_000)) })).result?.formError).toBe(SECOND_FACTOR_FAILED);
    expect(await post(cancelSignInCodeAction, {})).toEqual({ redirect: "/connexion" });
    expect(signInCookies().pending).toBeNull();
  });
});

describe("per-e-mail and per-address limits under parallel attempts (issue 23, finding 1)", () => {
  it("40 parallel attempts on one e-mail: at most the e-mail's limit are checked", async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signInWithPassword({ email: "cible@exemple.fr", password: `Mauvais-${i}`, ip: `198.51.100.${i}` })),
    );
    expect(checks.count).toBeLessThanOrEqual(SIGN_IN_FAILURES_PER_EMAIL.limit);
    expect(results.filter((r) => r.kind === "throttled").length).toBeGreaterThanOrEqual(40 - SIGN_IN_FAILURES_PER_EMAIL.limit);
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: "connexion-email:cible@exemple.fr" } });
    expect(row.count).toBe(SIGN_IN_FAILURES_PER_EMAIL.limit);
  });

  it("40 parallel attempts from one address: at most the address's limit are checked", async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => signInWithPassword({ email: `personne${i}@exemple.fr`, password: "Mauvais-1", ip: "203.0.113.9" })));
    expect(checks.count).toBeLessThanOrEqual(SIGN_IN_FAILURES_PER_IP.limit);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: "connexion-ip:203.0.113.9" } })).count).toBe(SIGN_IN_FAILURES_PER_IP.limit);
    // A refused address gives its e-mail claim back: those e-mails were never checked.
    expect(await db.rateLimit.count({ where: { key: { startsWith: "connexion-email:" }, count: { gt: 0 } } })).toBe(SIGN_IN_FAILURES_PER_IP.limit);
  });

  it("a success gives its claim back: only failures count", async () => {
    const user = await makeUser(await makeStructure(), "TRAVAILLEUR_SOCIAL");
    for (let i = 0; i < 3; i++) expect((await signInWithPassword({ email: user.email, password: TEST_PASSWORD, ip: "203.0.113.10" })).kind).toBe("signed-in");
    expect(await db.rateLimit.findMany({ select: { key: true, count: true }, orderBy: { key: "asc" } })).toEqual([
      { key: `connexion-email:${user.email}`, count: 0 },
      { key: "connexion-ip:203.0.113.10", count: 0 },
    ]);
  });
});
