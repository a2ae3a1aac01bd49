// Issue 23, finding 1: parallel attempts on one account are counted before the password is
// checked, so at most MAX_FAILED_SIGN_INS real verifications happen between two lockouts.
import { beforeEach, describe, expect, it, vi } from "vitest";

const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/auth/password-hash", async (original) => {
  const real = await original<typeof import("@/lib/auth/password-hash")>();
  return {
    ...real,
    verifyPassword: async (hash: string, password: string) => {
      checks.count += 1;
      return real.verifyPassword(hash, password);
    },
  };
});

const codeChecks = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/domain/auth/totp", async (original) => {
  const real = await original<typeof import("@/lib/domain/auth/totp")>();
  return {
    ...real,
    matchingTotpStep: (secret: string, code: string, now: Date) => {
      codeChecks.count += 1;
      return real.matchingTotpStep(secret, code, now);
    },
  };
});

import { authenticate } from "@/lib/domain/auth/authenticate";
import { confirmTotpEnrolment, pendingTotpEnrolment } from "@/lib/domain/auth/totp-commands";
import { totpCodeAt } from "@/lib/domain/auth/totp";
import { db, resetDb } from "../helpers/db";
import { TEST_PASSWORD, actorOf, makeStructure, makeUser } from "../helpers/factories";

beforeEach(async () => {
  await resetDb();
  checks.count = 0;
  codeChecks.count = 0;
});

const attempt = (email: string, password: string) => authenticate({ email, password, ip: "203.0.113.7" });

describe("lockout under parallel attempts", () => {
  it("checks at most 5 of 50 parallel wrong passwords and locks the account", async () => {
    const user = await makeUser(await makeStructure(), "TRAVAILLEUR_SOCIAL");
    const results = await Promise.all(Array.from({ length: 50 }, () => attempt(user.email, "Mauvais-mot-de-passe-1")));
    expect(results.every((r) => r === null)).toBe(true);
    expect(checks.count).toBeLessThanOrEqual(5);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil?.getTime()).toBeGreaterThan(Date.now());
  });

  it("39 wrong + 1 right in parallel: at most 5 checked, the right one refused once locked", async () => {
    const user = await makeUser(await makeStructure(), "TRAVAILLEUR_SOCIAL");
    const wrong = Array.from({ length: 39 }, () => attempt(user.email, "Mauvais-mot-de-passe-1"));
    // The right password arrives once the first attempts are being checked.
    while (checks.count < 1) await new Promise((r) => setTimeout(r, 1));
    const right = attempt(user.email, TEST_PASSWORD);
    const results = await Promise.all([...wrong, right]);
    expect(checks.count).toBeLessThanOrEqual(5);
    expect(results.at(-1)).toBeNull();
    expect(await db.userSession.count()).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil?.getTime()).toBeGreaterThan(Date.now());
  });
});

describe("TOTP codes under parallel attempts", () => {
  const wrongCode = (secret: string) => (totpCodeAt(secret, new Date()) === "000000" ? "111111" : "000000");

  it("40 wrong sign-in codes in parallel for an ADMIN: at most 5 checked, then locked", async () => {
    const admin = actorOf(await makeUser(await makeStructure(), "ADMIN"));
    const pending = await pendingTotpEnrolment(admin);
    await confirmTotpEnrolment(admin, { code: totpCodeAt(pending!.secret, new Date()) });
    codeChecks.count = 0;
    const code = wrongCode(pending!.secret);
    const results = await Promise.all(Array.from({ length: 40 }, () => authenticate({ email: admin.email, password: TEST_PASSWORD, code, ip: null })));
    expect(results.every((r) => r === null)).toBe(true);
    expect(codeChecks.count).toBeLessThanOrEqual(5);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    // Locked: even the right code is refused now.
    expect(await authenticate({ email: admin.email, password: TEST_PASSWORD, code: totpCodeAt(pending!.secret, new Date()), ip: null })).toBeNull();
  });

  it("40 wrong enrolment codes in parallel: at most 5 checked, the others refused in French", async () => {
    const admin = actorOf(await makeUser(await makeStructure(), "ADMIN"));
    const pending = await pendingTotpEnrolment(admin);
    const code = wrongCode(pending!.secret);
    const results = await Promise.allSettled(Array.from({ length: 40 }, () => confirmTotpEnrolment(admin, { code })));
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    expect(codeChecks.count).toBeLessThanOrEqual(5);
    const messages = results.map((r) => (r.status === "rejected" ? String((r.reason as Error).message) : ""));
    expect(messages.some((m) => m.includes("Trop d'essais"))).toBe(true);
    expect((await db.userTotp.findUniqueOrThrow({ where: { userId: admin.id } })).enabledAt).toBeNull();
  });
});
