// Account administration (ADMIN of the same structure). Each write and its audit row share one
// transaction; disabling or resetting ends the user's sessions at once.
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canManageUser, canManageUsers } from "@/lib/auth/permissions";
import { siteScope } from "@/lib/auth/scopes/site";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { userScope } from "@/lib/auth/scopes/user";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import { passwordProblem } from "@/lib/auth/password-policy";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { countedCheck } from "@/lib/domain/auth/attempts";
import type { z } from "zod";
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
  const passwordHash = await hashPassword(input.password);
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
      },
    });
    await writeAudit(tx, actor, { action: "user.create", entityType: "User", entityId: user.id, details: { role: user.role } });
    return { id: user.id };
  });
}

export async function updateUser(actor: Actor, input: z.output<typeof ZUserUpdate>) {
  const user = await loadManagedUser(actor, input.id);
  if (user.id === actor.id && input.role !== user.role) {
    throw new DomainError("Action refusée.", { role: "Vous ne pouvez pas changer votre propre rôle." });
  }
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
  });
}

export async function setUserStatus(actor: Actor, input: z.output<typeof ZUserStatusChange>) {
  const user = await loadManagedUser(actor, input.id);
  if (user.id === actor.id) throw new DomainError("Vous ne pouvez pas désactiver votre propre compte.");
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
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false } });
    // Every other session of the person ends; the one that changed it stays open.
    const ended = await tx.userSession.deleteMany({ where: { userId: user.id, ...(actor.sessionId ? { id: { not: actor.sessionId } } : {}) } });
    await writeAudit(tx, actor, { action: "user.password_change", entityType: "User", entityId: user.id, details: { sessionsFermees: ended.count } });
  });
}
