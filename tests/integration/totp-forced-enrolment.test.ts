// requireUser() itself (not the act-as stand-in): an ADMIN without TOTP is redirected to the
// enrolment page from every page and server action, until enrolment; only the enrolment page
// passes. The session cookie is a real next-auth JWT carrying the server-side session id.
import { beforeEach, describe, expect, it, vi } from "vitest";

const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined), has: (name: string) => jar.has(name) }),
  headers: async () => new Headers({ "x-passerelle-client-ip": "203.0.113.8" }),
}));
vi.mock("next/navigation", async (original) => ({
  unstable_rethrow: (await original<typeof import("next/navigation")>()).unstable_rethrow,
  redirect: (path: string) => {
    // Next's digest, so runAction's unstable_rethrow lets it through as it does the real one.
    throw Object.assign(new Error(`REDIRECT ${path}`), { digest: `NEXT_REDIRECT;replace;${path};307;` });
  },
}));

import { encode } from "next-auth/jwt";
import { requireUser } from "@/lib/auth/current-user";
import { authenticate } from "@/lib/domain/auth/authenticate";
import { changeOwnPassword, resetUserPassword } from "@/lib/domain/users/commands";
import { loadActorForSession } from "@/lib/domain/auth/sessions";
import { confirmTotpEnrolment, pendingTotpEnrolment } from "@/lib/domain/auth/totp-commands";
import { totpCodeAt } from "@/lib/domain/auth/totp";
import { resetDb } from "../helpers/db";
import { TEST_PASSWORD, makeWorld } from "../helpers/factories";

beforeEach(async () => {
  jar.clear();
  await resetDb();
});

async function signInWithCookie(email: string, password = TEST_PASSWORD, code?: string) {
  const result = await authenticate({ email, password, code, ip: null });
  if (!result?.sessionId) throw new Error("connexion refusée");
  jar.set("next-auth.session-token", await encode({ token: { sid: result.sessionId }, secret: process.env.NEXTAUTH_SECRET! }));
  return result.sessionId;
}

describe("forced enrolment of administrators", () => {
  it("sends an ADMIN without TOTP to the enrolment page, and lets them through once enrolled", async () => {
    const { actors } = await makeWorld();
    await signInWithCookie(actors.ADMIN.email);
    await expect(requireUser()).rejects.toThrow("REDIRECT /compte/double-authentification");
    const onEnrolmentPage = await requireUser({ allowTotpEnrolment: true });
    expect(onEnrolmentPage).toMatchObject({ id: actors.ADMIN.id, mustEnrolTotp: true, ip: "203.0.113.8" });

    const pending = await pendingTotpEnrolment(onEnrolmentPage);
    await confirmTotpEnrolment(onEnrolmentPage, { code: totpCodeAt(pending!.secret, new Date()) });
    // The same session, on the next request.
    expect(await requireUser()).toMatchObject({ id: actors.ADMIN.id, mustEnrolTotp: false });
  });

  it("never redirects other roles, who may enrol by choice", async () => {
    const { actors } = await makeWorld();
    for (const role of ["AGENT", "TRAVAILLEUR_SOCIAL", "RESPONSABLE"] as const) {
      jar.clear();
      await signInWithCookie(actors[role].email);
      expect(await requireUser()).toMatchObject({ id: actors[role].id, mustEnrolTotp: false });
    }
  });

  it("sends a signed-out visitor to the sign-in page", async () => {
    await expect(requireUser()).rejects.toThrow("REDIRECT /connexion");
    await expect(requireUser({ allowTotpEnrolment: true })).rejects.toThrow("REDIRECT /connexion");
  });
});

describe("password reset by an ADMIN, forced change at next sign-in", () => {
  it("ends the sessions, opens the next one with mustChangePassword, cleared by the person's own change", async () => {
    const { actors } = await makeWorld();
    // An agent d'accueil: the ADMIN may give it a temporary password (a social account goes
    // through a responsable's approval instead, tests/integration/account-approval.test.ts).
    const oldSession = await signInWithCookie(actors.AGENT.email);
    await resetUserPassword(actors.ADMIN, { id: actors.AGENT.id, password: "Provisoire-Passe-2026" });
    expect(await loadActorForSession(oldSession, { ip: null })).toBeNull();
    expect(await authenticate({ email: actors.AGENT.email, password: TEST_PASSWORD, ip: null })).toBeNull();

    await signInWithCookie(actors.AGENT.email, "Provisoire-Passe-2026");
    // Nothing but the change-password page and its action until then (issue 23, finding 3).
    await expect(requireUser()).rejects.toThrow("REDIRECT /changer-mot-de-passe");
    const actor = await requireUser({ allowPasswordChange: true });
    expect(actor.mustChangePassword).toBe(true);
    await changeOwnPassword(actor, { currentPassword: "Provisoire-Passe-2026", newPassword: "Mon-Propre-Passe-2026", confirmation: "Mon-Propre-Passe-2026" });
    expect((await requireUser()).mustChangePassword).toBe(false);
  });
});
