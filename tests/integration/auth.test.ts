import { beforeEach, describe, expect, it, vi } from "vitest";

// Work counted, not timed: every argon2 verification goes through these two functions.
const hashChecks = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/auth/password-hash", async (original) => {
  const real = await original<typeof import("@/lib/auth/password-hash")>();
  return {
    ...real,
    verifyPassword: (hash: string, password: string) => {
      hashChecks.count += 1;
      return real.verifyPassword(hash, password);
    },
    burnVerifyTime: (password: string) => {
      hashChecks.count += 1;
      return real.burnVerifyTime(password);
    },
  };
});

import { authenticate } from "@/lib/domain/auth/authenticate";
import { changeOwnPassword } from "@/lib/domain/users/commands";
import { endSession, loadActorForSession } from "@/lib/domain/auth/sessions";
import { db, resetDb } from "../helpers/db";
import { TEST_PASSWORD, makeStructure, makeUser } from "../helpers/factories";

beforeEach(resetDb);

async function signIn(email: string, password: string, now?: Date) {
  return authenticate({ email, password, ip: "203.0.113.7", now });
}

describe("sign-in", () => {
  it("accepts the right password (any case of the email), opens a session and audits it", async () => {
    const user = await makeUser(await makeStructure(), "TRAVAILLEUR_SOCIAL");
    const result = await signIn(user.email.toUpperCase(), TEST_PASSWORD);
    expect(result?.userId).toBe(user.id);
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "auth.sign_in" } });
    expect(audit).toMatchObject({ actorId: user.id, entityId: user.id, ip: "203.0.113.7" });
    expect(user.passwordHash.startsWith("$argon2id$")).toBe(true);
  });

  it("refuses a wrong password, an unknown email and malformed input alike", async () => {
    const user = await makeUser(await makeStructure(), "AGENT");
    expect(await signIn(user.email, "Mauvais-mot-de-passe-1")).toBeNull();
    expect(await signIn("inconnu@nulle-part.fr", TEST_PASSWORD)).toBeNull();
    expect(await authenticate({ email: { $ne: "" }, password: ["x"], ip: null })).toBeNull();
    expect(await authenticate({ email: "a".repeat(10_000), password: "x".repeat(1_000_000), ip: null })).toBeNull();
    expect(await db.userSession.count()).toBe(0);
  });

  it("locks the account for 15 minutes after 5 failures, in the database", async () => {
    const user = await makeUser(await makeStructure(), "TRAVAILLEUR_SOCIAL");
    const t0 = new Date("2026-11-22T10:00:00Z");
    for (let i = 0; i < 5; i++) expect(await signIn(user.email, "Mauvais-mot-de-passe-1", t0)).toBeNull();
    const locked = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.lockedUntil?.toISOString()).toBe("2026-11-22T10:15:00.000Z");
    // Even the right password is refused while locked, with the same answer.
    expect(await signIn(user.email, TEST_PASSWORD, new Date("2026-11-22T10:14:59Z"))).toBeNull();
    expect(await db.auditLog.count({ where: { action: "auth.account_locked" } })).toBe(1);
    // After 15 minutes the right password works and the counter is reset.
    expect(await signIn(user.email, TEST_PASSWORD, new Date("2026-11-22T10:15:01Z"))).not.toBeNull();
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
  });

  it("counts concurrent failures from several instances without losing any", async () => {
    const user = await makeUser(await makeStructure(), "TRAVAILLEUR_SOCIAL");
    await Promise.all([1, 2, 3, 4].map(() => signIn(user.email, "Mauvais-mot-de-passe-1")));
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(4);
  });

  it("refuses a disabled account", async () => {
    const user = await makeUser(await makeStructure(), "RESPONSABLE", { status: "DISABLED" });
    expect(await signIn(user.email, TEST_PASSWORD)).toBeNull();
  });

  it("does the same work for an unknown email as for a wrong password (one argon2 verification, one audit row)", async () => {
    const user = await makeUser(await makeStructure(), "AGENT");
    const work = async (email: string) => {
      hashChecks.count = 0;
      const audits = await db.auditLog.count();
      await signIn(email, "Mauvais-mot-de-passe-1");
      return { hashChecks: hashChecks.count, auditRows: (await db.auditLog.count()) - audits };
    };
    const known = await work(user.email);
    expect(known).toEqual({ hashChecks: 1, auditRows: 1 });
    expect(await work("inconnu@nulle-part.fr")).toEqual(known);
    expect(await work("pas-une-adresse")).toEqual(known);
  });
});

describe("changing one's own password", () => {
  async function signedIn() {
    const user = await makeUser(await makeStructure(), "TRAVAILLEUR_SOCIAL");
    const first = (await signIn(user.email, TEST_PASSWORD))!.sessionId!;
    const other = (await signIn(user.email, TEST_PASSWORD))!.sessionId!;
    const actor = (await loadActorForSession(first, { ip: null }))!;
    return { user, actor, first, other };
  }

  it("ends the other sessions and keeps the current one", async () => {
    const { actor, first, other } = await signedIn();
    await changeOwnPassword(actor, { currentPassword: TEST_PASSWORD, newPassword: "Nouveau-mot-de-passe-2026-tres-long", confirmation: "Nouveau-mot-de-passe-2026-tres-long" });
    expect(await loadActorForSession(first, { ip: null })).not.toBeNull();
    expect(await loadActorForSession(other, { ip: null })).toBeNull();
  });

  it("counts wrong current passwords toward the lockout", async () => {
    const { user, actor } = await signedIn();
    const guess = (currentPassword: string) => changeOwnPassword(actor, { currentPassword, newPassword: "Nouveau-mot-de-passe-2026-tres-long", confirmation: "Nouveau-mot-de-passe-2026-tres-long" });
    for (let i = 0; i < 5; i++) await expect(guess(`Essai-${i}-faux`)).rejects.toMatchObject({ fieldErrors: { currentPassword: expect.stringContaining("incorrect") } });
    hashChecks.count = 0;
    // Locked: not even checked now, the right one included, and sign-in is refused too.
    await expect(guess(TEST_PASSWORD)).rejects.toMatchObject({ fieldErrors: { currentPassword: expect.stringContaining("Trop d'essais") } });
    expect(hashChecks.count).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    expect(await signIn(user.email, TEST_PASSWORD)).toBeNull();
  });
});

describe("server-side sessions", () => {
  async function openSession(now = new Date()) {
    const user = await makeUser(await makeStructure(), "TRAVAILLEUR_SOCIAL");
    const result = await signIn(user.email, TEST_PASSWORD, now);
    return { user, sessionId: result!.sessionId! };
  }

  it("loads the actor from the database on each request", async () => {
    const { user, sessionId } = await openSession();
    const actor = await loadActorForSession(sessionId, { ip: "198.51.100.1" });
    expect(actor).toMatchObject({ id: user.id, role: "TRAVAILLEUR_SOCIAL", ip: "198.51.100.1" });
    await db.user.update({ where: { id: user.id }, data: { role: "RESPONSABLE" } });
    expect((await loadActorForSession(sessionId, { ip: null }))?.role).toBe("RESPONSABLE");
  });

  it("refuses a disabled user's live session at once", async () => {
    const { user, sessionId } = await openSession();
    await db.user.update({ where: { id: user.id }, data: { status: "DISABLED" } });
    expect(await loadActorForSession(sessionId, { ip: null })).toBeNull();
    expect(await db.userSession.count()).toBe(0);
  });

  it("expires after 30 minutes idle and 8 hours in all", async () => {
    const t0 = new Date("2026-11-22T08:00:00Z");
    const { sessionId } = await openSession(t0);
    expect(await loadActorForSession(sessionId, { ip: null, now: new Date("2026-11-22T08:29:00Z") })).not.toBeNull();
    expect(await loadActorForSession(sessionId, { ip: null, now: new Date("2026-11-22T08:58:00Z") })).not.toBeNull();
    expect(await loadActorForSession(sessionId, { ip: null, now: new Date("2026-11-22T09:29:00Z") })).toBeNull();

    const { sessionId: busy } = await openSession(t0);
    for (let h = 0; h < 16; h++) {
      const now = new Date(t0.getTime() + (h + 1) * 29 * 60_000);
      expect(await loadActorForSession(busy, { ip: null, now })).not.toBeNull();
    }
    expect(await loadActorForSession(busy, { ip: null, now: new Date("2026-11-22T16:00:01Z") })).toBeNull();
  });

  it("ends the session on sign-out", async () => {
    const { sessionId } = await openSession();
    await endSession(sessionId, null);
    expect(await loadActorForSession(sessionId, { ip: null })).toBeNull();
    expect(await db.auditLog.count({ where: { action: "auth.sign_out" } })).toBe(1);
  });
});
