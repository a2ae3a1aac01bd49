// Fiches de liaison have two sides. The agent side: the fiches of the agent's own site, whose
// agent-facing fields only are ever selected (lib/domain/fiches/queries.ts). The CCAS side: every
// fiche of the structure, for TS and RESPONSABLE, who process them.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { canSendFiche } from "../permissions";
import { NOTHING, NOTHING_SQL, ownedBy, ownedBySql, socialWorkScope, socialWorkScopeSql, sqlAlias } from "./structure";

export function ficheAgentScope(actor: Actor): Prisma.FicheLiaisonWhereInput {
  return canSendFiche(actor) ? { ...ownedBy(actor), siteId: actor.siteId! } : NOTHING;
}

/** `alias` is the SQL alias of "FicheLiaison". */
export function ficheAgentScopeSql(actor: Actor, alias: string): Prisma.Sql {
  if (!canSendFiche(actor)) return NOTHING_SQL;
  return Prisma.sql`(${ownedBySql(actor, alias)} AND ${sqlAlias(alias)}."siteId" = ${actor.siteId!}::uuid)`;
}

export function ficheCcasScope(actor: Actor): Prisma.FicheLiaisonWhereInput {
  return socialWorkScope(actor);
}

export function ficheCcasScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return socialWorkScopeSql(actor, alias);
}

/** The fiches seen from the actor's own side: the agent's site's for an agent, else the CCAS's. */
export function ficheScope(actor: Actor): Prisma.FicheLiaisonWhereInput {
  return canSendFiche(actor) ? ficheAgentScope(actor) : ficheCcasScope(actor);
}

export function ficheScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return canSendFiche(actor) ? ficheAgentScopeSql(actor, alias) : ficheCcasScopeSql(actor, alias);
}
