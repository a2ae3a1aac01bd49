// Which dossiers an actor may read: those of their structure, for the social roles only. The
// same rule twice, for Prisma (`where: { AND: [usagerScope(actor), { id }] }`) and for
// hand-written SQL (`WHERE ${usagerScopeSql(actor, "u")} AND …`), so that a read cannot forget
// it and a foreign id is simply not found (404).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { canUseAccueil } from "../permissions";
import { NOTHING, NOTHING_SQL, ownedBy, ownedBySql, socialWorkScope, socialWorkScopeSql, throughParentSql } from "./structure";

export function usagerScope(actor: Actor): Prisma.UsagerWhereInput {
  return socialWorkScope(actor);
}

/** `alias` is the SQL alias of the "Usager" table in the query. */
export function usagerScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return socialWorkScopeSql(actor, alias);
}

/** The référent links of the dossiers the actor may read. */
export function usagerReferentScope(actor: Actor): Prisma.UsagerReferentWhereInput {
  return { usager: usagerScope(actor) };
}

/** `alias` is the SQL alias of the "UsagerReferent" table. */
export function usagerReferentScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return throughParentSql({ table: "Usager", alias: `${alias}_u`, scope: usagerScopeSql(actor, `${alias}_u`) }, alias, "usagerId");
}

/**
 * Dossiers the accueil may name in a passage or the queue: the social roles' dossiers, and for
 * the agent d'accueil the structure's, read for identity only (name, first name, numéro, year of
 * birth: lib/domain/accueil/dossier-lookup.ts selects nothing else; decision 0050).
 */
export function usagerIdentityScope(actor: Actor): Prisma.UsagerWhereInput {
  return canUseAccueil(actor) ? ownedBy(actor) : NOTHING;
}

export function usagerIdentityScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return canUseAccueil(actor) ? ownedBySql(actor, alias) : NOTHING_SQL;
}
