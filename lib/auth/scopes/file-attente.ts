// Entries of the walk-in queue: the same reach as the passages (the structure's sites for TS and
// RESPONSABLE, the agent's own site for the agent d'accueil).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { canUseAccueil } from "../permissions";
import { isSocial } from "../roles";
import { NOTHING, NOTHING_SQL, ownedBy, ownedBySql, sqlAlias } from "./structure";

export function fileAttenteScope(actor: Actor): Prisma.FileAttenteEntreeWhereInput {
  if (!canUseAccueil(actor)) return NOTHING;
  return isSocial(actor) ? ownedBy(actor) : { ...ownedBy(actor), siteId: actor.siteId! };
}

/** `alias` is the SQL alias of "FileAttenteEntree". */
export function fileAttenteScopeSql(actor: Actor, alias: string): Prisma.Sql {
  if (!canUseAccueil(actor)) return NOTHING_SQL;
  if (isSocial(actor)) return ownedBySql(actor, alias);
  return Prisma.sql`(${ownedBySql(actor, alias)} AND ${sqlAlias(alias)}."siteId" = ${actor.siteId!}::uuid)`;
}
