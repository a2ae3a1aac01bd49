// Notifications are their recipient's alone, in their structure; one about a dossier is read only
// while the recipient may still read that dossier (a role changed since is not shown it).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { ownedBy, ownedBySql, sqlAlias } from "./structure";
import { usagerScope, usagerScopeSql } from "./usager";

export function notificationScope(actor: Actor): Prisma.NotificationWhereInput {
  return { AND: [ownedBy(actor), { userId: actor.id }, { OR: [{ usagerId: null }, { usager: usagerScope(actor) }] }] };
}

/** `alias` is the SQL alias of "Notification". */
export function notificationScopeSql(actor: Actor, alias: string): Prisma.Sql {
  const a = sqlAlias(alias);
  return Prisma.sql`(${ownedBySql(actor, alias)} AND ${a}."userId" = ${actor.id}::uuid AND (${a}."usagerId" IS NULL OR EXISTS (SELECT 1 FROM "Usager" ${sqlAlias(`${alias}_u`)} WHERE ${sqlAlias(`${alias}_u`)}.id = ${a}."usagerId" AND ${usagerScopeSql(actor, `${alias}_u`)})))`;
}

/** One's own preferences. */
export function notificationPreferenceScope(actor: Actor): Prisma.NotificationPreferenceWhereInput {
  return { userId: actor.id };
}

export function notificationPreferenceScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return Prisma.sql`${sqlAlias(alias)}."userId" = ${actor.id}::uuid`;
}
