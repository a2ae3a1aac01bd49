// TOTP second factor end to end on the real database: enrolment, sign-in with a code, replay,
// recovery codes, lockout counting, forced enrolment of administrators, reset by an ADMIN.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { authenticate } from "@/lib/domain/auth/authenticate";
import { loadActorForSession } from "@/lib/domain/auth/sessions";
import { confirmTotpEnrolment, disableOwnTotp, pendingTotpEnrolment, resetUserTotp, totpStatus } from "@/lib/domain/auth/totp-commands";
import { decryptTotpSecret } from "@/lib/domain/auth/totp-crypto";
import { totpCodeAt } from "@/lib/domain/auth/totp";
import { resetUserTotpAction } from "@/lib/actions/totp";
import { confirmTotpAction, disableTotpAction } from "@/lib/actions/totp";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/auth/actor";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { TEST_PASSWORD, makeWorld } from "../helpers/factories";

beforeEach(resetDb);

const t0 = new Date("2026-11-22T10:00:05Z");
const later = (s: number) => new Date(t0.getTime() + s * 1000);

/** Enrols `actor` at `now`; returns the secret and the recovery codes. */
async function enrol(actor: Actor, now = t0) {
  const pending = await pendingTotpEnrolment(actor);
  const { recoveryCodes } = await confirmTotpEnrolment(actor, { code: totpCodeAt(pending!.secret, now) }, now);
  return { secret: pending!.secret, recoveryCodes };
}

const signIn = (email: string, code: string | undefined, now: Date, password = TEST_PASSWORD) =>
  authenticate({ email, password, code, ip: "203.0.113.7", now });

describe("enrolment", () => {
  it("keeps one pending secret, encrypted, until a first valid code confirms it", async () => {
    const { actors } = await makeWorld();
    const ts = actors.TRAVAILLEUR_SOCIAL;
    const first = await pendingTotpEnrolment(ts);
    expect(await pendingTotpEnrolment(ts)).toEqual(first);
    expect(first!.uri).toContain(`secret=${first!.secret}`);
    const row = await db.userTotp.findUniqueOrThrow({ where: { userId: ts.id } });
    expect(row.secretEnc).not.toContain(first!.secret);
    expect(decryptTotpSecret(row.secretEnc)).toBe(first!.secret);
    expect(row.enabledAt).toBeNull();

    await expect(confirmTotpEnrolment(ts, { code: "000000" }, t0)).rejects.toMatchObject({ fieldErrors: { code: expect.stringContaining("Code incorrect") } });
    expect((await totpStatus(ts)).enabled).toBe(false);

    const { recoveryCodes } = await confirmTotpEnrolment(ts, { code: totpCodeAt(first!.secret, t0) }, t0);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const stored = await db.totpRecoveryCode.findMany({ where: { userId: ts.id } });
    expect(stored).toHaveLength(10);
    for (const { codeHash } of stored) {
      expect(codeHash).toMatch(/^\$argon2id\$/);
      expect(recoveryCodes.some((c) => codeHash.includes(c))).toBe(false);
    }
    expect(await totpStatus(ts)).toEqual({ enabled: true, required: false, recoveryCodesLeft: 10 });
    expect(await pendingTotpEnrolment(ts)).toBeNull();
    await expect(confirmTotpEnrolment(ts, { code: totpCodeAt(first!.secret, later(30)) }, later(30))).rejects.toBeInstanceOf(DomainError);
    expect(await db.auditLog.count({ where: { action: "auth.totp_enabled", entityId: ts.id } })).toBe(1);
  });
});

describe("sign-in with the second factor", () => {
  it("asks the code after the right password, without opening a session or touching the counter", async () => {
    const { actors } = await makeWorld();
    await enrol(actors.RESPONSABLE);
    expect(await signIn(actors.RESPONSABLE.email, undefined, later(60))).toEqual({ secondFactorRequired: true });
    expect(await signIn(actors.RESPONSABLE.email, "", later(60))).toEqual({ secondFactorRequired: true });
    // A wrong password never reveals that a code would be asked.
    expect(await signIn(actors.RESPONSABLE.email, undefined, later(60), "Mauvais-mot-de-passe-1")).toBeNull();
    expect(await db.userSession.count()).toBe(0);
  });

  it("signs in with the current code, and refuses the same code again (replay) as a failure", async () => {
    const { actors } = await makeWorld();
    const { secret } = await enrol(actors.RESPONSABLE);
    const now = later(60);
    const code = totpCodeAt(secret, now);
    const ok = await signIn(actors.RESPONSABLE.email, code, now);
    expect(ok?.sessionId).toBeTruthy();
    expect(await signIn(actors.RESPONSABLE.email, code, later(65))).toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { id: actors.RESPONSABLE.id } });
    expect(user.failedLoginCount).toBe(1);
    expect(await db.auditLog.count({ where: { action: "auth.totp_failed" } })).toBe(1);
    // An older code of the tolerated window is refused too once a newer one was used.
    expect(await signIn(actors.RESPONSABLE.email, totpCodeAt(secret, later(30)), later(65))).toBeNull();
    // The next time step works.
    expect((await signIn(actors.RESPONSABLE.email, totpCodeAt(secret, later(90)), later(90)))?.sessionId).toBeTruthy();
  });

  it("lets only one of two instances accept the same code at the same moment", async () => {
    const { actors } = await makeWorld();
    const { secret } = await enrol(actors.TRAVAILLEUR_SOCIAL);
    const now = later(60);
    const code = totpCodeAt(secret, now);
    const results = await Promise.all([signIn(actors.TRAVAILLEUR_SOCIAL.email, code, now), signIn(actors.TRAVAILLEUR_SOCIAL.email, code, now)]);
    expect(results.filter((r) => r?.sessionId)).toHaveLength(1);
  });

  it("accepts each recovery code once, in any case and spacing", async () => {
    const { actors } = await makeWorld();
    const { recoveryCodes } = await enrol(actors.TRAVAILLEUR_SOCIAL);
    const code = recoveryCodes[3]!;
    expect((await signIn(actors.TRAVAILLEUR_SOCIAL.email, code.toUpperCase().replace("-", " "), later(60)))?.sessionId).toBeTruthy();
    expect(await signIn(actors.TRAVAILLEUR_SOCIAL.email, code, later(61))).toBeNull();
    expect(await db.totpRecoveryCode.count({ where: { userId: actors.TRAVAILLEUR_SOCIAL.id, usedAt: { not: null } } })).toBe(1);
    expect((await totpStatus(actors.TRAVAILLEUR_SOCIAL)).recoveryCodesLeft).toBe(9);
    const audit = await db.auditLog.findFirst({ where: { action: "auth.sign_in", actorId: actors.TRAVAILLEUR_SOCIAL.id } });
    expect(audit?.details).toEqual({ secondFacteur: "recovery" });
  });

  it("counts wrong codes in the lockout: 5 wrong codes lock the account", async () => {
    const { actors } = await makeWorld();
    const { secret } = await enrol(actors.RESPONSABLE);
    for (let i = 0; i < 5; i++) expect(await signIn(actors.RESPONSABLE.email, "000000", later(60 + i))).toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { id: actors.RESPONSABLE.id } });
    expect(user.lockedUntil!.getTime()).toBeGreaterThan(later(60).getTime());
    expect(await signIn(actors.RESPONSABLE.email, totpCodeAt(secret, later(70)), later(70))).toBeNull();
  });
});

describe("administrators must enrol", () => {
  it("flags an ADMIN session without TOTP, and only an ADMIN's, until enrolment", async () => {
    const { actors } = await makeWorld();
    const admin = await signIn(actors.ADMIN.email, undefined, t0);
    const ts = await signIn(actors.TRAVAILLEUR_SOCIAL.email, undefined, t0);
    expect((await loadActorForSession(admin!.sessionId!, { ip: null, now: later(1) }))?.mustEnrolTotp).toBe(true);
    expect((await loadActorForSession(ts!.sessionId!, { ip: null, now: later(1) }))?.mustEnrolTotp).toBe(false);
    await enrol(actors.ADMIN, later(2));
    expect((await loadActorForSession(admin!.sessionId!, { ip: null, now: later(3) }))?.mustEnrolTotp).toBe(false);
    // From now on the ADMIN's password alone is not enough.
    expect(await signIn(actors.ADMIN.email, undefined, later(60))).toEqual({ secondFactorRequired: true });
  });

  it("an ADMIN cannot turn the second factor off; a travailleur social can, with a current code", async () => {
    const { actors } = await makeWorld();
    const admin = await enrol(actors.ADMIN);
    await expect(disableOwnTotp(actors.ADMIN, { code: totpCodeAt(admin.secret, later(60)) }, later(60))).rejects.toBeInstanceOf(DomainError);
    const ts = await enrol(actors.TRAVAILLEUR_SOCIAL);
    await expect(disableOwnTotp(actors.TRAVAILLEUR_SOCIAL, { code: "000000" }, later(60))).rejects.toBeInstanceOf(DomainError);
    await disableOwnTotp(actors.TRAVAILLEUR_SOCIAL, { code: totpCodeAt(ts.secret, later(60)) }, later(60));
    expect(await db.userTotp.count({ where: { userId: actors.TRAVAILLEUR_SOCIAL.id } })).toBe(0);
    expect(await db.totpRecoveryCode.count({ where: { userId: actors.TRAVAILLEUR_SOCIAL.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "auth.totp_disabled" } })).toBe(1);
    expect((await signIn(actors.TRAVAILLEUR_SOCIAL.email, undefined, later(90)))?.sessionId).toBeTruthy();
  });
});

describe("reset by an ADMIN", () => {
  async function enrolledWorld() {
    const w = await makeWorld();
    const { secret } = await enrol(w.actors.RESPONSABLE);
    await enrol(w.actors.OTHER_TS);
    const session = await signIn(w.actors.RESPONSABLE.email, totpCodeAt(secret, later(60)), later(60));
    expect(session?.sessionId).toBeTruthy();
    return w;
  }

  it("removes the factor and the recovery codes, ends the sessions, and is audited", async () => {
    const w = await enrolledWorld();
    actAs(w.actors.ADMIN);
    expect(await resetUserTotpAction({ id: w.actors.RESPONSABLE.id })).toEqual({ ok: true, data: undefined });
    expect(await db.userTotp.count({ where: { userId: w.actors.RESPONSABLE.id } })).toBe(0);
    expect(await db.totpRecoveryCode.count({ where: { userId: w.actors.RESPONSABLE.id } })).toBe(0);
    expect(await db.userSession.count({ where: { userId: w.actors.RESPONSABLE.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.totp_reset" } });
    expect(audit).toMatchObject({ actorId: w.actors.ADMIN.id, entityId: w.actors.RESPONSABLE.id, details: { etaitActive: true } });
    expect((await signIn(w.actors.RESPONSABLE.email, undefined, later(120)))?.sessionId).toBeTruthy();
  });

  it.each(["AGENT", "TRAVAILLEUR_SOCIAL", "RESPONSABLE", "OTHER_ADMIN"] as const)("is refused to %s, changing nothing", async (role) => {
    const w = await enrolledWorld();
    actAs(w.actors[role]);
    const result = await resetUserTotpAction({ id: w.actors.RESPONSABLE.id });
    expect(result).toMatchObject({ ok: false, formError: "Élément introuvable ou inaccessible." });
    expect(await db.userTotp.count({ where: { userId: w.actors.RESPONSABLE.id } })).toBe(1);
    expect(await db.totpRecoveryCode.count({ where: { userId: w.actors.RESPONSABLE.id } })).toBe(10);
    expect(await db.userSession.count({ where: { userId: w.actors.RESPONSABLE.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "user.totp_reset" } })).toBe(0);
  });

  it("is refused for the ADMIN's own account, and for another structure's account", async () => {
    const w = await enrolledWorld();
    await enrol(w.actors.ADMIN);
    await expect(resetUserTotp(w.actors.ADMIN, { id: w.actors.ADMIN.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(resetUserTotp(w.actors.ADMIN, { id: w.actors.OTHER_TS.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.userTotp.count()).toBe(3);
  });

  it("answers bad input with a French field error", async () => {
    const w = await enrolledWorld();
    actAs(w.actors.ADMIN);
    const result = await resetUserTotpAction({ id: "../../etc/passwd" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { id: "Compte inconnu." } });
    expect(await db.userTotp.count()).toBe(2);
  });
});

describe("enrolment actions (any role, own account only)", () => {
  it.each(["AGENT", "TRAVAILLEUR_SOCIAL", "RESPONSABLE", "ADMIN", "OTHER_TS"] as const)("%s enrols their own account only", async (role) => {
    const w = await makeWorld();
    const actor = w.actors[role];
    actAs(actor);
    const pending = await pendingTotpEnrolment(actor);
    const result = await confirmTotpAction({ code: totpCodeAt(pending!.secret, new Date()) });
    expect(result).toMatchObject({ ok: true, data: { recoveryCodes: expect.any(Array) } });
    expect(await db.userTotp.findMany({ where: { enabledAt: { not: null } }, select: { userId: true } })).toEqual([{ userId: actor.id }]);
  });

  it("answers bad input with a French message on the code field and writes nothing", async () => {
    const w = await makeWorld();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    await pendingTotpEnrolment(w.actors.TRAVAILLEUR_SOCIAL);
    for (const input of [{ code: "" }, { code: "12" }, { code: "<script>" }, { code: "x".repeat(1_000_000) }, { code: 123456 }, {}, null, { __proto__: { code: "1" } }]) {
      const result = await confirmTotpAction(input);
      expect(result.ok).toBe(false);
      // A payload that is not even an object gets the form-level message.
      if (!result.ok) expect(input && typeof input === "object" ? result.fieldErrors.code : result.formError).toMatch(/code|Code|formulaire/);
    }
    expect(await confirmTotpAction({ code: "000000" })).toMatchObject({ ok: false, fieldErrors: { code: expect.stringContaining("Code incorrect") } });
    expect(await disableTotpAction({ code: "000000" })).toMatchObject({ ok: false, formError: "La double authentification n'est pas activée." });
    expect(await db.userTotp.count({ where: { enabledAt: { not: null } } })).toBe(0);
    expect(await db.totpRecoveryCode.count()).toBe(0);
  });

  it("sends a signed-out visitor away", async () => {
    actAs(null);
    await expect(confirmTotpAction({ code: "123456" })).rejects.toThrow(/connexion/);
  });
});
