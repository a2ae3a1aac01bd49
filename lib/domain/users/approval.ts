// Social accounts created or raised by an ADMIN wait for a RESPONSABLE of the structure, and their
// first password is an activation code the RESPONSABLE hands to the person (decision 0070): the
// ADMIN never holds a password that opens dossiers. Each step is audited in its transaction.
import { randomBytes, randomInt } from "node:crypto";
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canApproveAccount } from "@/lib/auth/permissions";
import { approvalScope, workerScope } from "@/lib/auth/scopes/user";
import { hashPassword } from "@/lib/auth/password-hash";
import { writeAccountlessAudit, writeAudit } from "@/lib/domain/audit/write-audit";
import { notify } from "@/lib/domain/notifications/notify";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import type { User } from "@/lib/generated/prisma/client";

/** How long a code handed over stays valid. */
export const ACTIVATION_DAYS = 7;
/** No 0/O, 1/I/L: read aloud or copied by hand without ambiguity. 16 characters: about 79 bits. */
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export function newActivationCode(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join("")).join("-");
}

/** A hash of random bytes nobody holds: the account has no usable password until activation. */
export const unusablePasswordHash = () => hashPassword(randomBytes(32).toString("base64url"));

export type ApprovalReason = "creation" | "role" | "mot_de_passe" | "reactivation";

/**
 * The fields that put an account in waiting: no password works, no session survives. `passwordHash`
 * comes from unusablePasswordHash(), computed before the transaction (argon2 is slow).
 */
export const pendingFields = (actor: Actor, passwordHash: string, now = new Date()) => ({
  status: "PENDING_APPROVAL" as const,
  passwordHash,
  mustChangePassword: true,
  passwordExpiresAt: null,
  approvalRequestedById: actor.id,
  approvalRequestedAt: now,
  failedLoginCount: 0,
  lockedUntil: null,
});

/** After the account row is in waiting: end its sessions, audit, tell the structure's responsables. */
export async function announcePending(tx: DbTx, actor: Actor, user: Pick<User, "id" | "role">, reason: ApprovalReason) {
  await tx.userSession.deleteMany({ where: { userId: user.id } });
  await writeAudit(tx, actor, { action: "user.approval_requested", entityType: "User", entityId: user.id, details: { role: user.role, motif: reason } });
  const responsables = await tx.user.findMany({ where: { AND: [workerScope(actor), { role: "RESPONSABLE", status: "ACTIVE" }] }, select: { id: true } });
  await notify(tx, actor, { kind: "COMPTE_A_APPROUVER", to: responsables.map((r) => r.id), href: "/parametres/comptes", title: "Un compte attend votre approbation" });
}

/** Put an existing account in waiting (role raised, new password asked by an ADMIN, re-enabled). */
export async function requestApproval(actor: Actor, userId: string, reason: ApprovalReason, tx?: DbTx) {
  const passwordHash = await unusablePasswordHash();
  const run = async (t: DbTx) => {
    const user = await t.user.update({ where: { id: userId }, data: pendingFields(actor, passwordHash) });
    await announcePending(t, actor, user, reason);
  };
  return tx ? run(tx) : db.$transaction(run);
}

async function loadForApproval(actor: Actor, id: string) {
  const user = await db.user.findFirst({ where: { AND: [approvalScope(actor), { id }] } });
  if (!user || !canApproveAccount(actor, user)) throw new NotFoundError();
  return user;
}

/** What the activation code replaces: the code, once, and until when it works. */
async function issueCode(tx: DbTx, userId: string, now: Date) {
  const code = newActivationCode();
  const expiresAt = new Date(now.getTime() + ACTIVATION_DAYS * 86_400_000);
  await tx.user.update({
    where: { id: userId },
    data: {
      status: "ACTIVE", passwordHash: await hashPassword(code), mustChangePassword: true, passwordExpiresAt: expiresAt,
      approvalRequestedById: null, approvalRequestedAt: null, failedLoginCount: 0, lockedUntil: null,
    },
  });
  // Whatever was attached to the account before its approval (a provider link, a second factor,
  // a session) may be its creator's: the person starts from the code alone.
  await tx.userSession.deleteMany({ where: { userId } });
  await tx.userIdentity.deleteMany({ where: { userId } });
  await tx.totpRecoveryCode.deleteMany({ where: { userId } });
  await tx.userTotp.deleteMany({ where: { userId } });
  return { code, expiresAt };
}

export type ApprovalResult = { code: string; expiresAt: Date; name: string };

/** "Approuver", or "Nouveau code" for an approved account whose code was not used: the code is shown once. */
export async function approveAccount(actor: Actor, input: { id: string }, now = new Date()): Promise<ApprovalResult> {
  const user = await loadForApproval(actor, input.id);
  const issued = await db.$transaction(async (tx) => {
    const out = await issueCode(tx, user.id, now);
    await writeAudit(tx, actor, {
      action: user.status === "PENDING_APPROVAL" ? "user.approve" : "user.activation_code_renewed",
      entityType: "User",
      entityId: user.id,
      details: { role: user.role, expire: out.expiresAt.toISOString() },
    });
    return out;
  });
  return { ...issued, name: `${user.firstName} ${user.lastName}` };
}

/** "Refuser": the account stays disabled; an ADMIN re-enabling it asks again (setUserStatus). */
export async function refuseAccount(actor: Actor, input: { id: string }) {
  const user = await loadForApproval(actor, input.id);
  if (user.status !== "PENDING_APPROVAL") throw new DomainError("Ce compte est déjà approuvé : un administrateur peut le désactiver.");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { status: "DISABLED" } });
    await writeAudit(tx, actor, { action: "user.refuse", entityType: "User", entityId: user.id, details: { role: user.role } });
  });
}

/**
 * The setup step for a structure that has no responsable yet (`npm run compte:approuver`), run by
 * whoever runs the server: approves a waiting account and returns its code. Refused when an
 * active responsable of the structure can approve it from the application.
 */
export async function approveAccountAtSetup(email: string, now = new Date()): Promise<ApprovalResult> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user || user.status !== "PENDING_APPROVAL") throw new DomainError("Aucun compte en attente d'approbation avec cette adresse.");
  const responsables = await db.user.count({ where: { structureId: user.structureId, role: "RESPONSABLE", status: "ACTIVE" } });
  if (responsables > 0) throw new DomainError("La structure a déjà un responsable actif : il approuve ce compte dans Paramètres › Comptes à approuver.");
  const issued = await db.$transaction(async (tx) => {
    const out = await issueCode(tx, user.id, now);
    await writeAccountlessAudit(tx, user.structureId, {
      action: "user.approve", entityType: "User", entityId: user.id, details: { role: user.role, expire: out.expiresAt.toISOString(), par: "installation" },
    });
    return out;
  });
  return { ...issued, name: `${user.firstName} ${user.lastName}` };
}
