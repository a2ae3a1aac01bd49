// Accompagnements: the dossier's rule (TS and RESPONSABLE of the structure). Their plan (objectives,
// actions), debts, eviction steps and outreach contacts have no structure column: they are in
// scope through their accompagnement. Managing one is a finer rule (canManageAccompagnement).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { socialWorkScope, socialWorkScopeSql, throughParentSql } from "./structure";

export function accompagnementScope(actor: Actor): Prisma.AccompagnementWhereInput {
  return socialWorkScope(actor);
}

/** `alias` is the SQL alias of "Accompagnement". */
export function accompagnementScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return socialWorkScopeSql(actor, alias);
}

/** A child row of an accompagnement (its column "accompagnementId") in SQL. */
function throughAccompagnementSql(actor: Actor, alias: string): Prisma.Sql {
  const parent = `${alias}_acc`;
  return throughParentSql({ table: "Accompagnement", alias: parent, scope: accompagnementScopeSql(actor, parent) }, alias, "accompagnementId");
}

export function planObjectifScope(actor: Actor): Prisma.PlanObjectifWhereInput {
  return { accompagnement: accompagnementScope(actor) };
}

export function planObjectifScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return throughAccompagnementSql(actor, alias);
}

export function planActionScope(actor: Actor): Prisma.PlanActionWhereInput {
  return { objectif: planObjectifScope(actor) };
}

/** `alias` is the SQL alias of "PlanAction": in scope through its objective. */
export function planActionScopeSql(actor: Actor, alias: string): Prisma.Sql {
  const parent = `${alias}_obj`;
  return throughParentSql({ table: "PlanObjectif", alias: parent, scope: planObjectifScopeSql(actor, parent) }, alias, "objectifId");
}

export function detteScope(actor: Actor): Prisma.DetteWhereInput {
  return { accompagnement: accompagnementScope(actor) };
}

export function detteScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return throughAccompagnementSql(actor, alias);
}

export function etapeExpulsionScope(actor: Actor): Prisma.EtapeExpulsionWhereInput {
  return { accompagnement: accompagnementScope(actor) };
}

export function etapeExpulsionScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return throughAccompagnementSql(actor, alias);
}

export function contactMaraudeScope(actor: Actor): Prisma.ContactMaraudeWhereInput {
  return { accompagnement: accompagnementScope(actor) };
}

export function contactMaraudeScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return throughAccompagnementSql(actor, alias);
}
