// What every scope is made of: the actor's structure, the empty set, and their SQL forms. Each
// entity has its own named scope (usager.ts, entretien.ts…); those that share a rule call the
// same function here, so the rule is written once and each read still names what it reads.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { isSocial } from "../roles";

/** Matches nothing: the scope of a role that may not read a kind of record. */
export const NOTHING = { id: { in: [] as string[] } } as const;
/** NOTHING in SQL. */
export const NOTHING_SQL = Prisma.sql`FALSE`;

/**
 * The actor's structure. Stamped on the rows the actor creates (`data: { ...ownedBy(actor), … }`),
 * and the filter of what everyone of a structure shares (sites, colleagues' names).
 */
export function ownedBy(owner: Owner): { structureId: string } {
  return { structureId: owner.structureId };
}

/** An actor, or a scope computed from one (the dashboard's), or a row: anything of one structure. */
export type Owner = Pick<Actor, "structureId">;

/** A table alias as SQL. Aliases are written in code, never taken from input: anything else throws. */
export function sqlAlias(alias: string): Prisma.Sql {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(alias)) throw new Error(`Alias SQL invalide : ${alias}`);
  return Prisma.raw(`"${alias}"`);
}

/** ownedBy in SQL: `"alias"."structureId" = <the actor's structure>`. */
export function ownedBySql(owner: Owner, alias: string): Prisma.Sql {
  return Prisma.sql`${sqlAlias(alias)}."structureId" = ${owner.structureId}::uuid`;
}

/**
 * The social work of the structure (dossiers and everything written about a person): the roles
 * bound by professional secrecy (TS, RESPONSABLE), nothing for the AGENT and the ADMIN.
 */
export function socialWorkScope(actor: Actor): { structureId: string } | typeof NOTHING {
  return isSocial(actor) ? ownedBy(actor) : NOTHING;
}

export function socialWorkScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return isSocial(actor) ? ownedBySql(actor, alias) : NOTHING_SQL;
}

/**
 * A child row is in scope when its parent row is: `EXISTS (SELECT 1 FROM parent WHERE parent.id =
 * child.column AND <parent scope>)`, the SQL twin of Prisma's `{ parent: parentScope(actor) }`.
 */
export function throughParentSql(parent: { table: string; alias: string; scope: Prisma.Sql }, childAlias: string, column: string): Prisma.Sql {
  const p = sqlAlias(parent.alias);
  return Prisma.sql`EXISTS (SELECT 1 FROM ${sqlAlias(parent.table)} ${p} WHERE ${p}.id = ${sqlAlias(childAlias)}.${sqlAlias(column)} AND ${parent.scope})`;
}
