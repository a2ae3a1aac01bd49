// Permanences (a worker's weekly slots in a site): the structure's for TS and RESPONSABLE, the
// agent's own site's for an agent (who books into them). Managing one and booking into one are
// finer rules (canManagePermanence, canBookPermanence).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { canSendFiche } from "../permissions";
import { isSocial } from "../roles";
import { NOTHING, NOTHING_SQL, ownedBy, ownedBySql, sqlAlias, throughParentSql } from "./structure";

export function permanenceScope(actor: Actor): Prisma.PermanenceWhereInput {
  if (isSocial(actor)) return ownedBy(actor);
  return canSendFiche(actor) ? { ...ownedBy(actor), siteId: actor.siteId! } : NOTHING;
}

/** `alias` is the SQL alias of "Permanence". */
export function permanenceScopeSql(actor: Actor, alias: string): Prisma.Sql {
  if (isSocial(actor)) return ownedBySql(actor, alias);
  if (!canSendFiche(actor)) return NOTHING_SQL;
  return Prisma.sql`(${ownedBySql(actor, alias)} AND ${sqlAlias(alias)}."siteId" = ${actor.siteId!}::uuid)`;
}

/**
 * A permanence asked for by id in a booking: any of the structure, so that canBookPermanence can
 * tell an agent it is another site's. Only its place and times are used, never who holds it.
 */
export function permanenceBookingScope(actor: Actor): Prisma.PermanenceWhereInput {
  return ownedBy(actor);
}

export function permanenceBookingScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return ownedBySql(actor, alias);
}

/** Excluded dates, in scope through their permanence. */
export function permanenceExceptionScope(actor: Actor): Prisma.PermanenceExceptionWhereInput {
  return { permanence: permanenceScope(actor) };
}

export function permanenceExceptionScopeSql(actor: Actor, alias: string): Prisma.Sql {
  const parent = `${alias}_p`;
  return throughParentSql({ table: "Permanence", alias: parent, scope: permanenceScopeSql(actor, parent) }, alias, "permanenceId");
}
