// Issue 23, finding 4: an ADMIN could create a RESPONSABLE account, sign in with it and read
// dossiers. A social account created or raised by an ADMIN now waits for a RESPONSABLE of the
// structure, and its first password is a one-time code the RESPONSABLE hands over (decision 0070).
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { createUserAction, resetUserPasswordAction, setUserStatusAction, updateUserAction } from "@/lib/actions/users";
import { approveAccountAction, refuseAccountAction } from "@/lib/actions/account-approval";
import { authenticate } from "@/lib/domain/auth/authenticate";
import { loadActorForSession } from "@/lib/domain/auth/sessions";
import { changeOwnPassword } from "@/lib/domain/users/commands";
import { approveAccount, approveAccountAtSetup } from "@/lib/domain/users/approval";
import { countAccountsToApprove, listAccountsToApprove } from "@/lib/domain/users/approval-queries";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { navigationFor } from "@/lib/auth/navigation";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { TEST_PASSWORD, actorOf, makeStructure, makeUser, makeUsager, makeWorld } from "../helpers/factories";

beforeEach(resetDb);

const ADMIN_PASSWORD = "Mot-De-Passe-Admin-2026!";
const newResponsable = (siteId: string) => ({
  firstName: "Nadia", lastName: "Benali", email: "nadia.benali@ville.fr", role: "RESPONSABLE", siteId, password: ADMIN_PASSWORD,
});
const signIn = (email: string, password: string, now?: Date) => authenticate({ email, password, ip: "203.0.113.9", now });

async function readDossier(sessionId: string, usagerId: string) {
  const actor = await loadActorForSession(sessionId, { ip: null });
  if (!actor) return { actor: null, dossier: null };
  return { actor, dossier: await db.usager.findFirst({ where: { AND: [usagerScope(actor), { id: usagerId }] } }) };
}

describe("a social account created by an ADMIN waits for a RESPONSABLE", () => {
  it("cannot sign in nor read a dossier until approved; the ADMIN's password never works; the code sets the person's own", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Duquesne", prenom: "Hervé" });
    actAs(w.actors.ADMIN);
    const created = await createUserAction(newResponsable(w.a.sites[0]!.id));
    expect(created.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: "nadia.benali@ville.fr" } });
    expect(user).toMatchObject({ status: "PENDING_APPROVAL", role: "RESPONSABLE", approvalRequestedById: w.users.admin.id, mustChangePassword: true });

    // Neither the password the ADMIN typed nor any session opens the account.
    expect(await signIn(user.email, ADMIN_PASSWORD)).toBeNull();
    const planted = crypto.randomUUID();
    await db.userSession.create({ data: { id: planted, userId: user.id } });
    expect((await readDossier(planted, usager.id)).actor).toBeNull();
    expect(await db.auditLog.findFirst({ where: { action: "auth.sign_in_refused", entityId: user.id }, orderBy: { at: "desc" } }))
      .toMatchObject({ details: { reason: "compte_en_attente" } });

    // The ADMIN cannot approve it, nor enable it, nor give it a password.
    expect(await approveAccountAction({ id: user.id })).toMatchObject({ ok: false, formError: "Élément introuvable ou inaccessible." });
    expect(await setUserStatusAction({ id: user.id, status: "ACTIVE" })).toMatchObject({ ok: false });
    expect((await resetUserPasswordAction({ id: user.id, password: ADMIN_PASSWORD })).ok).toBe(true);
    expect(await signIn(user.email, ADMIN_PASSWORD)).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe("PENDING_APPROVAL");

    // The structure's responsable is notified, and only them; it is listed and counted for them.
    const notes = await db.notification.findMany({ where: { kind: "COMPTE_A_APPROUVER" } });
    expect(new Set(notes.map((n) => n.userId))).toEqual(new Set([w.users.responsable.id]));
    expect(notes[0]).toMatchObject({ href: "/parametres/comptes" });
    expect(await countAccountsToApprove(w.actors.RESPONSABLE)).toBe(1);
    expect((await listAccountsToApprove(w.actors.RESPONSABLE)).pending[0]).toMatchObject({ id: user.id, role: "RESPONSABLE", requestedBy: `${w.users.admin.firstName} ${w.users.admin.lastName}` });
    expect(navigationFor(w.actors.RESPONSABLE, { accountsToApprove: 1 }).find((i) => i.href === "/parametres/comptes")?.count).toBe(1);
    for (const who of [w.actors.ADMIN, w.actors.TRAVAILLEUR_SOCIAL, w.actors.AGENT]) {
      expect(await countAccountsToApprove(who)).toBe(0);
      expect(await listAccountsToApprove(who)).toEqual({ pending: [], awaitingActivation: [] });
      expect(navigationFor(who).some((i) => i.href === "/parametres/comptes")).toBe(false);
    }

    // The responsable approves: a code, once; stored only as a hash; the ADMIN's password still fails.
    actAs(w.actors.RESPONSABLE);
    const approved = await approveAccountAction({ id: user.id });
    expect(approved.ok).toBe(true);
    const code = approved.ok ? approved.data.code : "";
    expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    const afterApproval = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(afterApproval).toMatchObject({ status: "ACTIVE", mustChangePassword: true, approvalRequestedAt: null });
    expect(afterApproval.passwordHash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(afterApproval)).not.toContain(code);
    expect(JSON.stringify((await db.auditLog.findMany()).map((a) => a.details))).not.toContain(code);
    expect(await signIn(user.email, ADMIN_PASSWORD)).toBeNull();

    // The person signs in with the code: a session, but a forced change first (no dossier yet).
    const first = await signIn(user.email, code);
    expect(first?.sessionId).toBeTruthy();
    const withCode = await readDossier(first!.sessionId!, usager.id);
    expect(withCode.actor?.mustChangePassword).toBe(true);
    await changeOwnPassword(withCode.actor!, { currentPassword: code, newPassword: "Mon-Propre-Passe-2026", confirmation: "Mon-Propre-Passe-2026" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ mustChangePassword: false, passwordExpiresAt: null });
    expect(await db.auditLog.count({ where: { action: "user.activate", entityId: user.id } })).toBe(1);

    // From now on the person's own password opens their account and the dossiers; the code no more.
    expect(await signIn(user.email, code)).toBeNull();
    const own = await signIn(user.email, "Mon-Propre-Passe-2026");
    const read = await readDossier(own!.sessionId!, usager.id);
    expect(read.actor).toMatchObject({ role: "RESPONSABLE", mustChangePassword: false });
    expect(read.dossier?.id).toBe(usager.id);

    // Everything was audited.
    const actions = (await db.auditLog.findMany({ where: { entityId: user.id }, orderBy: { at: "asc" } })).map((a) => a.action);
    for (const action of ["user.create", "user.approval_requested", "user.approve", "user.activate", "auth.sign_in"]) expect(actions).toContain(action);
  });

  it("an activation code stops working after 7 days; a new code replaces it", async () => {
    const w = await makeWorld();
    actAs(w.actors.ADMIN);
    await createUserAction({ ...newResponsable(w.a.sites[0]!.id), role: "TRAVAILLEUR_SOCIAL" });
    const user = await db.user.findUniqueOrThrow({ where: { email: "nadia.benali@ville.fr" } });
    const t0 = new Date();
    const { code } = await approveAccount(w.actors.RESPONSABLE, { id: user.id }, t0);
    expect(await signIn(user.email, code, new Date(t0.getTime() + 8 * 86_400_000))).toBeNull();
    expect(await db.auditLog.findFirst({ where: { action: "auth.sign_in_refused", entityId: user.id } })).toMatchObject({ details: { reason: "code_activation_expire" } });
    // Listed as approved-but-not-activated; "Nouveau code" voids the old one.
    expect((await listAccountsToApprove(w.actors.RESPONSABLE)).awaitingActivation.map((r) => r.id)).toEqual([user.id]);
    const renewed = await approveAccount(w.actors.RESPONSABLE, { id: user.id });
    expect(await signIn(user.email, code)).toBeNull();
    expect((await signIn(user.email, renewed.code))?.sessionId).toBeTruthy();
    expect(await db.auditLog.count({ where: { action: "user.activation_code_renewed", entityId: user.id } })).toBe(1);
  });

  it("a role raised by the ADMIN puts the account back in waiting; its old password and sessions stop", async () => {
    const w = await makeWorld();
    await db.userSession.create({ data: { id: crypto.randomUUID(), userId: w.users.agent.id } });
    actAs(w.actors.ADMIN);
    // An agent d'accueil opens no dossier: created and active at once, with the ADMIN's password.
    expect((await updateUserAction({ id: w.users.agent.id, firstName: "A", lastName: "B", role: "TRAVAILLEUR_SOCIAL", siteId: w.a.sites[0]!.id })).ok).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { id: w.users.agent.id } })).toMatchObject({ status: "PENDING_APPROVAL", role: "TRAVAILLEUR_SOCIAL" });
    expect(await db.userSession.count({ where: { userId: w.users.agent.id } })).toBe(0);
    expect(await signIn(w.users.agent.email, TEST_PASSWORD)).toBeNull();
    expect(await db.auditLog.findFirst({ where: { action: "user.approval_requested", entityId: w.users.agent.id } })).toMatchObject({ details: { motif: "role" } });

    // TS to RESPONSABLE raises too; RESPONSABLE to TS does not.
    await updateUserAction({ id: w.users.ts.id, firstName: "T", lastName: "S", role: "RESPONSABLE", siteId: w.a.sites[0]!.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: w.users.ts.id } })).status).toBe("PENDING_APPROVAL");
    await updateUserAction({ id: w.users.responsable.id, firstName: "R", lastName: "S", role: "TRAVAILLEUR_SOCIAL", siteId: w.a.sites[0]!.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: w.users.responsable.id } })).status).toBe("ACTIVE");
    expect((await signIn(w.users.responsable.email, TEST_PASSWORD))?.sessionId).toBeTruthy();
  });

  it("refused: disabled; re-enabled by the ADMIN it asks again; another structure's account is not found", async () => {
    const w = await makeWorld();
    actAs(w.actors.ADMIN);
    await createUserAction(newResponsable(w.a.sites[0]!.id));
    const user = await db.user.findUniqueOrThrow({ where: { email: "nadia.benali@ville.fr" } });
    const otherResponsable = await makeUser(w.b, "RESPONSABLE");
    for (const who of [actorOf(otherResponsable), w.actors.TRAVAILLEUR_SOCIAL, w.actors.AGENT, w.actors.ADMIN, w.actors.OTHER_ADMIN]) {
      actAs(who);
      expect(await approveAccountAction({ id: user.id })).toMatchObject({ ok: false, formError: "Élément introuvable ou inaccessible." });
      expect(await refuseAccountAction({ id: user.id })).toMatchObject({ ok: false, formError: "Élément introuvable ou inaccessible." });
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe("PENDING_APPROVAL");
    actAs(w.actors.RESPONSABLE);
    expect((await refuseAccountAction({ id: user.id })).ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe("DISABLED");
    expect(await db.auditLog.count({ where: { action: "user.refuse", entityId: user.id } })).toBe(1);
    expect(await signIn(user.email, ADMIN_PASSWORD)).toBeNull();
    actAs(w.actors.ADMIN);
    expect((await setUserStatusAction({ id: user.id, status: "ACTIVE" })).ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe("PENDING_APPROVAL");
    // Bad input: a French answer on the field, never an exception.
    actAs(w.actors.RESPONSABLE);
    expect(await approveAccountAction({ id: "pas-un-id" })).toMatchObject({ ok: false, fieldErrors: { id: "Compte inconnu." } });
    expect(await refuseAccountAction("<script>")).toMatchObject({ ok: false });
  });

  it("the first responsable of a structure: the setup step approves it, once there is none", async () => {
    const s = await makeStructure();
    const admin = await makeUser(s, "ADMIN");
    actAs(actorOf(admin));
    await createUserAction(newResponsable(s.sites[0]!.id));
    const { code } = await approveAccountAtSetup("Nadia.Benali@ville.fr");
    expect((await signIn("nadia.benali@ville.fr", code))?.sessionId).toBeTruthy();
    expect(await db.auditLog.findFirst({ where: { action: "user.approve" } })).toMatchObject({ actorId: null, structureId: s.id, details: { par: "installation" } });
    // Now that the structure has a responsable, the setup step refuses: they approve in the app.
    await createUserAction({ ...newResponsable(s.sites[0]!.id), email: "second@ville.fr" });
    await expect(approveAccountAtSetup("second@ville.fr")).rejects.toThrow(/responsable actif/);
    await expect(approveAccountAtSetup("inconnu@ville.fr")).rejects.toThrow(/Aucun compte/);
  });
});
