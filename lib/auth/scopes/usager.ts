// Which dossiers an actor may read: those of their structure, for the social roles only. The
// same rule twice, for Prisma (`where: { AND: [usagerScope(actor), { id }] }`) and for
// hand-written SQL (`WHERE ${usagerScopeSql(actor, "u")} AND …`), so that a read cannot forget
// it and a foreign id is simply not found (404).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { isSocial } from "../roles";

export function usagerScope(actor: Actor): Prisma.UsagerWhereInput {
  return isSocial(actor) ? { structureId: actor.structureId } : { id: { in: [] } };
}

/** `alias` is the SQL alias of the "Usager" table in the query. */
export function usagerScopeSql(actor: Actor, alias: string): Prisma.Sql {
  if (!isSocial(actor)) return Prisma.sql`FALSE`;
  return Prisma.sql`${Prisma.raw(`"${alias}"`)}."structureId" = ${actor.structureId}::uuid`;
}
