// The audit journal: a RESPONSABLE reads the structure's whole journal; an ADMIN only the account
// events (ACCOUNT_AUDIT_PREFIXES: sign-ins, lockouts, account changes), never who read which
// dossier. Other roles read nothing.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { ACCOUNT_AUDIT_PREFIXES, canReadAccountEventsOnly, canReadWholeAuditLog } from "../permissions";
import { NOTHING_SQL, ownedBy, ownedBySql, sqlAlias } from "./structure";

/** Audit ids are big integers: "no entry at all" is the empty set of actions here. */
const NO_ENTRY = { action: { in: [] as string[] } };

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
