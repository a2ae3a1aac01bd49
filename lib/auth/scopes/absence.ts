// Absences of the team: read by the structure's TS and RESPONSABLE (who is away, who replaces
// them), never by an AGENT or the ADMIN. Agenda feeds: their owner's alone.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { ownedBy, ownedBySql, sqlAlias, socialWorkScope, socialWorkScopeSql } from "./structure";

export function absenceScope(actor: Actor): Prisma.AbsenceWhereInput {
  return socialWorkScope(actor);
}

/** `alias` is the SQL alias of "Absence". */
export function absenceScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return socialWorkScopeSql(actor, alias);
}

export function agendaFeedScope(actor: Actor): Prisma.AgendaFeedWhereInput {
  return { AND: [ownedBy(actor), { userId: actor.id }] };
}

/** `alias` is the SQL alias of "AgendaFeed". */
export function agendaFeedScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return Prisma.sql`(${ownedBySql(actor, alias)} AND ${sqlAlias(alias)}."userId" = ${actor.id}::uuid)`;
}
