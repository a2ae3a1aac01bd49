import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { createUserAction, resetUserPasswordAction, setUserStatusAction, updateUserAction } from "@/lib/actions/users";
import { changeOwnPasswordAction } from "@/lib/actions/auth";
import { getUser, listUsers } from "@/lib/domain/users/queries";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { TEST_PASSWORD, makeWorld } from "../helpers/factories";

beforeEach(resetDb);

const validNewUser = (siteId = "") => ({
  firstName: "Léa", lastName: "Rousseau", email: "Lea.Rousseau@Ville.fr", role: "TRAVAILLEUR_SOCIAL", siteId, password: "Bonjour-Passerelle-1",
});

async function tableChecksum() {
  const rows = await db.$queryRawUnsafe<{ sum: string }[]>(`SELECT md5(string_agg(u::text, '' ORDER BY u.id)) AS sum FROM "User" u`);
  return rows[0]?.sum;
}

describe("account administration, per role", () => {
  it("lets only an ADMIN list and read accounts of their own structure", async () => {
    const w = await makeWorld();
    expect((await listUsers(w.actors.ADMIN)).length).toBe(5);
    for (const role of ["AGENT", "TRAVAILLEUR_SOCIAL", "RESPONSABLE"] as const) {
      expect(await listUsers(w.actors[role])).toEqual([]);
      expect(await getUser(w.actors[role], w.users.ts.id)).toBeNull();
    }
    expect(await getUser(w.actors.OTHER_ADMIN, w.users.ts.id)).toBeNull();
  });

  it("creates an account as ADMIN (lower-cased email, argon2id hash, forced change, audited)", async () => {
    const w = await makeWorld();
    actAs(w.actors.ADMIN);
    const result = await createUserAction({ ...validNewUser(w.a.sites[0]!.id), role: "AGENT" });
    expect(result.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: "lea.rousseau@ville.fr" } });
    // An agent d'accueil opens no dossier: active at once (a social account waits, see account-approval.test.ts).
    expect(user).toMatchObject({ structureId: w.a.id, mustChangePassword: true, role: "AGENT", status: "ACTIVE" });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await db.auditLog.count({ where: { action: "user.create", entityId: user.id } })).toBe(1);
  });

  for (const role of ["AGENT", "TRAVAILLEUR_SOCIAL", "RESPONSABLE", "OTHER_ADMIN"] as const) {
    it(`refuses every account action to ${role} and changes nothing`, async () => {
      const w = await makeWorld();
      actAs(w.actors[role]);
      const before = await tableChecksum();
      // An administrator of another structure may create accounts in theirs, not touch ours.
      const create = role === "OTHER_ADMIN" ? [] : [await createUserAction(validNewUser())];
      for (const result of [
        ...create,
        await updateUserAction({ id: w.users.ts.id, firstName: "X", lastName: "Y", role: "ADMIN", siteId: "" }),
        await setUserStatusAction({ id: w.users.ts.id, status: "DISABLED" }),
        await resetUserPasswordAction({ id: w.users.ts.id, password: "Autre-Mot-De-Passe-99" }),
      ]) {
        expect(result).toMatchObject({ ok: false, formError: "Élément introuvable ou inaccessible." });
      }
      expect(await tableChecksum()).toBe(before);
    });
  }

  it("answers bad input with French field errors, never an exception, and writes nothing", async () => {
    const w = await makeWorld();
    actAs(w.actors.ADMIN);
    const before = await tableChecksum();
    const cases: [unknown, string][] = [
      [{ ...validNewUser(), email: "pas-une-adresse" }, "email"],
      [{ ...validNewUser(w.a.sites[0]!.id), role: "AGENT", password: "court" }, "password"],
      [{ ...validNewUser(), role: "SUPERADMIN" }, "role"],
      [{ ...validNewUser(), role: "AGENT" }, "siteId"],
      [{ ...validNewUser(), firstName: "x".repeat(1_000_000) }, "firstName"],
      [{ ...validNewUser(), siteId: w.b.sites[0]!.id }, "siteId"],
      [{ ...validNewUser(), email: w.users.ts.email }, "email"],
      [{ ...validNewUser(), lastName: "" }, "lastName"],
      [{ __proto__: { role: "ADMIN" }, constructor: { prototype: {} } }, "firstName"],
      ["<script>alert(1)</script>", "_form"],
    ];
    for (const [input, field] of cases) {
      const result = await createUserAction(input);
      expect(result.ok, JSON.stringify(field)).toBe(false);
      if (!result.ok) expect(result.fieldErrors[field], field).toBeTruthy();
    }
    expect(await tableChecksum()).toBe(before);
  });

  it("disabling an account ends its sessions; an admin cannot disable or demote themself", async () => {
    const w = await makeWorld();
    await db.userSession.create({ data: { id: crypto.randomUUID(), userId: w.users.ts.id } });
    actAs(w.actors.ADMIN);
    expect((await setUserStatusAction({ id: w.users.ts.id, status: "DISABLED" })).ok).toBe(true);
    expect(await db.userSession.count({ where: { userId: w.users.ts.id } })).toBe(0);
    expect((await setUserStatusAction({ id: w.users.admin.id, status: "DISABLED" })).ok).toBe(false);
    const demote = await updateUserAction({ id: w.users.admin.id, firstName: "A", lastName: "B", role: "AGENT", siteId: w.a.sites[1]!.id });
    expect(demote).toMatchObject({ ok: false, fieldErrors: { role: expect.stringMatching(/propre rôle/) } });
  });

  it("resetting a password unlocks, forces a change at next sign-in and checks the target's policy", async () => {
    const w = await makeWorld();
    await db.user.update({ where: { id: w.users.ts.id }, data: { lockedUntil: new Date(Date.now() + 600_000), failedLoginCount: 3 } });
    actAs(w.actors.ADMIN);
    expect(await resetUserPasswordAction({ id: w.users.admin.id, password: "Court-Mais-Ok1" })).toMatchObject({ ok: false, fieldErrors: { password: expect.stringMatching(/16/) } });
    await db.user.update({ where: { id: w.users.agent.id }, data: { lockedUntil: new Date(Date.now() + 600_000), failedLoginCount: 3 } });
    expect(await resetUserPasswordAction({ id: w.users.agent.id, password: "" })).toMatchObject({ ok: false, fieldErrors: { password: expect.any(String) } });
    expect((await resetUserPasswordAction({ id: w.users.agent.id, password: "Nouveau-Passe-2026" })).ok).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { id: w.users.agent.id } })).toMatchObject({ lockedUntil: null, failedLoginCount: 0, mustChangePassword: true });
    // A social account's new password is not the ADMIN's to give: back to a responsable's approval.
    expect((await resetUserPasswordAction({ id: w.users.ts.id, password: "Nouveau-Passe-2026" })).ok).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { id: w.users.ts.id } })).toMatchObject({ status: "PENDING_APPROVAL", lockedUntil: null, failedLoginCount: 0 });
  });

  it("lets a user change their own password after checking the current one", async () => {
    const w = await makeWorld();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const wrong = await changeOwnPasswordAction({ currentPassword: "faux", newPassword: "Nouveau-Passe-2026", confirmation: "Nouveau-Passe-2026" });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: expect.any(String) } });
    const mismatch = await changeOwnPasswordAction({ currentPassword: TEST_PASSWORD, newPassword: "Nouveau-Passe-2026", confirmation: "autre" });
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirmation: expect.any(String) } });
    expect((await changeOwnPasswordAction({ currentPassword: TEST_PASSWORD, newPassword: "Nouveau-Passe-2026", confirmation: "Nouveau-Passe-2026" })).ok).toBe(true);
  });
});
