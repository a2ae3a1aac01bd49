// Which generated letters and which templates an actor may read: those of their structure, for
// the social roles only (a letter is about a person; a template is used to write to one). The
// same rule twice, for Prisma and for hand-written SQL, as in usager.ts. Managing templates is
// a finer rule (canManageCourrierModeles), asserted by the commands.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { isSocial } from "../roles";

export function courrierScope(actor: Actor): Prisma.CourrierWhereInput {
  return isSocial(actor) ? { structureId: actor.structureId } : { id: { in: [] } };
}

/** `alias` is the SQL alias of the "Courrier" table in the query. */
export function courrierScopeSql(actor: Actor, alias: string): Prisma.Sql {
  if (!isSocial(actor)) return Prisma.sql`FALSE`;
  return Prisma.sql`${Prisma.raw(`"${alias}"`)}."structureId" = ${actor.structureId}::uuid`;
}

export function courrierModeleScope(actor: Actor): Prisma.CourrierModeleWhereInput {
  return isSocial(actor) ? { structureId: actor.structureId } : { id: { in: [] } };
}

/** `alias` is the SQL alias of the "CourrierModele" table in the query. */
export function courrierModeleScopeSql(actor: Actor, alias: string): Prisma.Sql {
  if (!isSocial(actor)) return Prisma.sql`FALSE`;
  return Prisma.sql`${Prisma.raw(`"${alias}"`)}."structureId" = ${actor.structureId}::uuid`;
}
