// Entretiens: the dossier's rule (TS and RESPONSABLE of the structure), read on the entretien's
// own structure column. The confidential note has a finer rule: its author only.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { socialWorkScope, socialWorkScopeSql, sqlAlias } from "./structure";

export function entretienScope(actor: Actor): Prisma.EntretienWhereInput {
  return socialWorkScope(actor);
}

/** `alias` is the SQL alias of "Entretien" (or of its monthly summary "DashboardEntretienMois"). */
export function entretienScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return socialWorkScopeSql(actor, alias);
}

/** Entretiens whose confidential note the actor may read: their own (canReadConfidentialNote). */
export function confidentialNoteScope(actor: Actor): Prisma.EntretienWhereInput {
  return { AND: [entretienScope(actor), { authorId: actor.id }] };
}

export function confidentialNoteScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return Prisma.sql`(${entretienScopeSql(actor, alias)} AND ${sqlAlias(alias)}."authorId" = ${actor.id}::uuid)`;
}
