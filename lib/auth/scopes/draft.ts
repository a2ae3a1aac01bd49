// Drafts of long forms (decision 0067): personal to their author, whatever the role. A colleague,
// the responsable or an administrator never reads another account's draft (it is unfinished
// text, not part of the dossier yet).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { ownedBy, ownedBySql, sqlAlias } from "./structure";

export function draftScope(actor: Actor): Prisma.DraftWhereInput {
  return { ...ownedBy(actor), userId: actor.id };
}

/** `alias` is the SQL alias of "Draft". */
export function draftScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return Prisma.sql`(${ownedBySql(actor, alias)} AND ${sqlAlias(alias)}."userId" = ${actor.id}::uuid)`;
}
