// Aides facultatives. On a dossier, every TS and RESPONSABLE of the structure sees its aids (the
// dossier's rule). Across dossiers (the /aides worklists and list), a RESPONSABLE sees every
// request of the structure and a travailleur social only the requests they instruct
// (canSeeAllAideRequests). Deciding is a finer rule (canDecideAide).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { canListAides, canSeeAllAideRequests } from "../permissions";
import { NOTHING, NOTHING_SQL, ownedBy, ownedBySql, socialWorkScope, socialWorkScopeSql, sqlAlias } from "./structure";

export function aideScope(actor: Actor): Prisma.AideWhereInput {
  return socialWorkScope(actor);
}

/** `alias` is the SQL alias of "Aide". */
export function aideScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return socialWorkScopeSql(actor, alias);
}

/** The requests of the actor's worklists: the structure's for a RESPONSABLE, their own for a TS. */
export function aideWorklistScope(actor: Actor): Prisma.AideWhereInput {
  if (!canListAides(actor)) return NOTHING;
  return canSeeAllAideRequests(actor) ? ownedBy(actor) : { ...ownedBy(actor), instructeurId: actor.id };
}

export function aideWorklistScopeSql(actor: Actor, alias: string): Prisma.Sql {
  if (!canListAides(actor)) return NOTHING_SQL;
  if (canSeeAllAideRequests(actor)) return ownedBySql(actor, alias);
  return Prisma.sql`(${ownedBySql(actor, alias)} AND ${sqlAlias(alias)}."instructeurId" = ${actor.id}::uuid)`;
}
