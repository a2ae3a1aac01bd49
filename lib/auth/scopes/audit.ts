// The audit journal: a RESPONSABLE reads the structure's whole journal; an ADMIN only the account
// events (ACCOUNT_AUDIT_PREFIXES: sign-ins, lockouts, account changes), never who read which
// dossier. Other roles read nothing.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { ACCOUNT_AUDIT_PREFIXES, canListUsagers, canReadAccountEventsOnly, canReadWholeAuditLog } from "../permissions";
import { NOTHING_SQL, ownedBy, ownedBySql, sqlAlias } from "./structure";

/** Audit ids are big integers: "no entry at all" is the empty set of actions here. */
const NO_ENTRY = { action: { in: [] as string[] } };
/** The audit action of opening a dossier (lib/domain/usagers/dossier.ts). */
const DOSSIER_OPENED = "usager.read";

export function auditScope(actor: Actor): Prisma.AuditLogWhereInput {
  if (canReadWholeAuditLog(actor)) return ownedBy(actor);
  if (canReadAccountEventsOnly(actor)) {
    return { ...ownedBy(actor), OR: ACCOUNT_AUDIT_PREFIXES.map((p) => ({ action: { startsWith: p } })) };
  }
  return NO_ENTRY;
}

/** `alias` is the SQL alias of "AuditLog". */
export function auditScopeSql(actor: Actor, alias: string): Prisma.Sql {
  if (canReadWholeAuditLog(actor)) return ownedBySql(actor, alias);
  if (canReadAccountEventsOnly(actor)) {
    // starts_with, not LIKE: the prefixes hold no pattern character to escape.
    const prefixes = Prisma.join(ACCOUNT_AUDIT_PREFIXES.map((p) => Prisma.sql`starts_with(${sqlAlias(alias)}.action, ${p})`), " OR ");
    return Prisma.sql`(${ownedBySql(actor, alias)} AND (${prefixes}))`;
  }
  return NOTHING_SQL;
}

/**
 * The actor's own openings of dossiers (Ma journée's "dossiers ouverts récemment"): their own
 * trail only, in their structure, for who works on dossiers. Not the journal: a TS reads no one
 * else's rows, and nothing but their "usager.read" lines.
 */
export function ownDossierOpeningsScope(actor: Actor): Prisma.AuditLogWhereInput {
  if (!canListUsagers(actor)) return NO_ENTRY;
  return { ...ownedBy(actor), actorId: actor.id, action: DOSSIER_OPENED };
}

export function ownDossierOpeningsScopeSql(actor: Actor, alias: string): Prisma.Sql {
  if (!canListUsagers(actor)) return NOTHING_SQL;
  const a = sqlAlias(alias);
  return Prisma.sql`(${ownedBySql(actor, alias)} AND ${a}."actorId" = ${actor.id}::uuid AND ${a}.action = ${DOSSIER_OPENED})`;
}
