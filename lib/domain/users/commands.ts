// Account administration (ADMIN of the same structure). Each write and its audit row share one
// transaction; disabling or resetting ends the user's sessions at once.
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canManageUser, canManageUsers, needsApproval, passwordResetNeedsApproval } from "@/lib/auth/permissions";
import { siteScope } from "@/lib/auth/scopes/site";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { userScope } from "@/lib/auth/scopes/user";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import { passwordProblem } from "@/lib/auth/password-policy";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { countedCheck } from "@/lib/domain/auth/attempts";
import type { z } from "zod";
import { announcePending, pendingFields, requestApproval, unusablePasswordHash } from "./approval";
import type { ZOwnPasswordChange, ZPasswordReset, ZUserCreate, ZUserStatusChange, ZUserUpdate } from "./schemas";

async function loadManagedUser(actor: Actor, id: string) {
  const user = await db.user.findFirst({ where: { AND: [userScope(actor), { id }] } });
  if (!user || !canManageUser(actor, user)) throw new NotFoundError();
  return user;
}

async function assertSiteOfStructure(tx: DbTx, actor: Actor, siteId: string) {
  if (!siteId) return null;
  const site = await tx.site.findFirst({ where: { AND: [siteScope(actor), { id: siteId }] } });
  if (!site) throw new DomainError("Site inconnu.", { siteId: "Choisissez un site de votre structure." });
  return site.id;
}

export async function createUser(actor: Actor, input: z.output<typeof ZUserCreate>) {
  if (!canManageUsers(actor)) throw new NotFoundError();
  // A social account from outside the secret waits for a RESPONSABLE, with no password anyone
  // knows: the password typed here is not kept (decision 0070).
  const pending = needsApproval(actor, input.role, null);
  if (!pending) {
    const problem = passwordProblem(input.password, input.role);
    if (problem) throw new DomainError("Mot de passe trop faible.", { password: problem });
  }
  const passwordHash = pending ? await unusablePasswordHash() : await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const siteId = await assertSiteOfStructure(tx, actor, input.siteId);
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new DomainError("Adresse déjà utilisée.", { email: "Un compte existe déjà avec cette adresse e-mail." });
    }
    const user = await tx.user.create({
      data: {
        ...ownedBy(actor),
        siteId,
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        role: input.role,
        passwordHash,
        // The administrator chose this password: the person picks their own at first sign-in.
        mustChangePassword: true,
        ...(pending ? pendingFields(actor, passwordHash) : {}),
      },
    });
    await writeAudit(tx, actor, { action: "user.create", entityType: "User", entityId: user.id, details: { role: user.role } });
    if (pending) await announcePending(tx, actor, user, "creation");
    return { id: user.id, pending };
  });
}

export async function updateUser(actor: Actor, input: z.output<typeof ZUserUpdate>) {
  const user = await loadManagedUser(actor, input.id);
  if (user.id === actor.id && input.role !== user.role) {
    throw new DomainError("Action refusée.", { role: "Vous ne pouvez pas changer votre propre rôle." });
  }
  const raised = needsApproval(actor, input.role, user.role);
  await db.$transaction(async (tx) => {
    const siteId = await assertSiteOfStructure(tx, actor, input.siteId);
    await tx.user.update({
      where: { id: user.id },
      data: { firstName: input.firstName, lastName: input.lastName, role: input.role, siteId },
    });
    const changed = (["firstName", "lastName", "role"] as const).filter((k) => user[k] !== input[k]);
    if (user.siteId !== siteId) changed.push("siteId" as never);
    await writeAudit(tx, actor, {
      action: "user.update",
      entityType: "User",
      entityId: user.id,
      details: { champs: changed, role: input.role },
    });
    // A role raised to one that opens (more) dossiers: back to waiting, whatever password it had.
    if (raised) await requestApproval(actor, user.id, "role", tx);
  });
}

export async function setUserStatus(actor: Actor, input: z.output<typeof ZUserStatusChange>) {
  const user = await loadManagedUser(actor, input.id);
  if (user.id === actor.id) throw new DomainError("Vous ne pouvez pas désactiver votre propre compte.");
  if (input.status === "ACTIVE" && user.status === "PENDING_APPROVAL") {
    throw new DomainError("Ce compte attend l'approbation d'un responsable de la structure : il ne peut pas être activé ici.");
  }
  // A disabled account that was never approved (refused, or disabled while waiting) asks again.
  if (input.status === "ACTIVE" && user.approvalRequestedAt && passwordResetNeedsApproval(actor, user)) {
    await db.$transaction(async (tx) => {
      await writeAudit(tx, actor, { action: "user.enable", entityType: "User", entityId: user.id, details: { enAttente: true } });
      await requestApproval(actor, user.id, "reactivation", tx);
    });
    return;
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { status: input.status } });
    // A disabled account loses its live sessions at once (every instance reads this table).
    if (input.status === "DISABLED") await tx.userSession.deleteMany({ where: { userId: user.id } });
    await writeAudit(tx, actor, {
      action: input.status === "DISABLED" ? "user.disable" : "user.enable",
      entityType: "User",
      entityId: user.id,
    });
  });
}

export async function resetUserPassword(actor: Actor, input: z.output<typeof ZPasswordReset>) {
  const user = await loadManagedUser(actor, input.id);
  // A social account gets no password from the ADMIN: a responsable approves and hands a code.
  if (passwordResetNeedsApproval(actor, user)) {
    if (user.status === "DISABLED") throw new DomainError("Ce compte est désactivé : réactivez-le d'abord.");
    await db.$transaction(async (tx) => {
      await writeAudit(tx, actor, { action: "user.password_reset", entityType: "User", entityId: user.id, details: { enAttente: true } });
      await requestApproval(actor, user.id, "mot_de_passe", tx);
    });
    return { pending: true };
  }
  const problem = passwordProblem(input.password, user.role);
  if (problem) throw new DomainError("Mot de passe trop faible.", { password: problem });
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null },
    });
    await tx.userSession.deleteMany({ where: { userId: user.id } });
    await writeAudit(tx, actor, { action: "user.password_reset", entityType: "User", entityId: user.id });
  });
  return { pending: false };
}

export async function changeOwnPassword(actor: Actor, input: z.output<typeof ZOwnPasswordChange>) {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
  // Wrong guesses of the current password count toward the sign-in lockout (issue 23, finding 7).
  const verdict = await countedCheck(user.id, new Date(), () => verifyPassword(user.passwordHash, input.currentPassword));
  if (verdict === "locked") {
    const tooMany = "Trop d'essais : le compte est verrouillé pendant 15 minutes.";
    throw new DomainError(tooMany, { currentPassword: tooMany });
  }
  if (!verdict) {
    throw new DomainError("Mot de passe actuel incorrect.", { currentPassword: "Le mot de passe actuel est incorrect." });
  }
  const problem = passwordProblem(input.newPassword, user.role);
  if (problem) throw new DomainError("Mot de passe trop faible.", { newPassword: problem });
  if (input.newPassword === input.currentPassword) {
    throw new DomainError("Mot de passe inchangé.", { newPassword: "Choisissez un mot de passe différent de l'actuel." });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false, passwordExpiresAt: null } });
    // The first password chosen with an activation code: the account is the person's from now on.
    if (user.passwordExpiresAt) await writeAudit(tx, actor, { action: "user.activate", entityType: "User", entityId: user.id, details: { role: user.role } });
    // Every other session of the person ends; the one that changed it stays open.
    const ended = await tx.userSession.deleteMany({ where: { userId: user.id, ...(actor.sessionId ? { id: { not: actor.sessionId } } : {}) } });
    await writeAudit(tx, actor, { action: "user.password_change", entityType: "User", entityId: user.id, details: { sessionsFermees: ended.count } });
  });
}
