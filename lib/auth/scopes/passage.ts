// Passages of the accueil: every site of the structure for TS and RESPONSABLE, the agent's own
// site for the agent d'accueil (canUseAccueil), nothing for the ADMIN.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { canUseAccueil } from "../permissions";
import { isSocial } from "../roles";
import { NOTHING, NOTHING_SQL, ownedBy, ownedBySql, sqlAlias } from "./structure";

export function passageScope(actor: Actor): Prisma.PassageWhereInput {
  if (!canUseAccueil(actor)) return NOTHING;
  return isSocial(actor) ? ownedBy(actor) : { ...ownedBy(actor), siteId: actor.siteId! };
}

/** `alias` is the SQL alias of "Passage". */
export function passageScopeSql(actor: Actor, alias: string): Prisma.Sql {
  if (!canUseAccueil(actor)) return NOTHING_SQL;
  if (isSocial(actor)) return ownedBySql(actor, alias);
  return Prisma.sql`(${ownedBySql(actor, alias)} AND ${sqlAlias(alias)}."siteId" = ${actor.siteId!}::uuid)`;
}
