// People of the structure, three ways. Accounts (create, disable, reset): the ADMIN's
// (canManageUsers). Colleagues' names, shown next to what they did: anyone of the structure.
// Workers, who can be référent, instructeur, animateur or hold appointments: the structure's TS
// and RESPONSABLE accounts, whoever asks.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { canApproveAccounts, canManageUsers } from "../permissions";
import { SOCIAL_ROLES } from "../roles";
import { NOTHING, NOTHING_SQL, ownedBy, ownedBySql, sqlAlias } from "./structure";

export function userScope(actor: Actor): Prisma.UserWhereInput {
  return canManageUsers(actor) ? ownedBy(actor) : NOTHING;
}

/** `alias` is the SQL alias of "User". */
export function userScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return canManageUsers(actor) ? ownedBySql(actor, alias) : NOTHING_SQL;
}

/**
 * Accounts a RESPONSABLE approves (decision 0070): those of the structure waiting for it, or
 * approved and whose activation code is not used yet. Nobody else reads them this way.
 */
export function approvalScope(actor: Actor): Prisma.UserWhereInput {
  return canApproveAccounts(actor) ? { ...ownedBy(actor), OR: [{ status: "PENDING_APPROVAL" }, { status: "ACTIVE", passwordExpiresAt: { not: null } }] } : NOTHING;
}

export function approvalScopeSql(actor: Actor, alias: string): Prisma.Sql {
  const a = sqlAlias(alias);
  return canApproveAccounts(actor)
    ? Prisma.sql`(${ownedBySql(actor, alias)} AND (${a}.status = 'PENDING_APPROVAL'::"UserStatus" OR (${a}.status = 'ACTIVE'::"UserStatus" AND ${a}."passwordExpiresAt" IS NOT NULL)))`
    : NOTHING_SQL;
}

/** Accounts of the actor's structure, to name who did what (never their credentials). */
export function colleagueScope(actor: Actor): Prisma.UserWhereInput {
  return ownedBy(actor);
}

export function colleagueScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return ownedBySql(actor, alias);
}

/** TS and RESPONSABLE accounts of the actor's structure (disabled ones included: filter on status). */
export function workerScope(actor: Actor): Prisma.UserWhereInput {
  return workersOf(actor.structureId);
}

/** workerScope for code that has a structure and no actor (notifications after a commit, jobs). */
export function workersOf(structureId: string): Prisma.UserWhereInput {
  return { structureId, role: { in: [...SOCIAL_ROLES] } };
}

export function workerScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return Prisma.sql`(${ownedBySql(actor, alias)} AND ${sqlAlias(alias)}.role IN (${Prisma.join(SOCIAL_ROLES.map((r) => Prisma.sql`${r}::"Role"`))}))`;
}
