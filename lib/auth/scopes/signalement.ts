// Public signalements land in the maraude inbox of their structure: its team members and the
// RESPONSABLE (canUseMaraudeInbox); nobody else reads them, not even the other social workers.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { canUseMaraudeInbox } from "../permissions";
import { NOTHING, NOTHING_SQL, ownedBy, ownedBySql, throughParentSql } from "./structure";

export function signalementScope(actor: Actor): Prisma.SignalementWhereInput {
  return canUseMaraudeInbox(actor) ? ownedBy(actor) : NOTHING;
}

/** `alias` is the SQL alias of "Signalement". */
export function signalementScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return canUseMaraudeInbox(actor) ? ownedBySql(actor, alias) : NOTHING_SQL;
}

export function signalementEventScope(actor: Actor): Prisma.SignalementEventWhereInput {
  return { signalement: signalementScope(actor) };
}

export function signalementEventScopeSql(actor: Actor, alias: string): Prisma.Sql {
  const parent = `${alias}_s`;
  return throughParentSql({ table: "Signalement", alias: parent, scope: signalementScopeSql(actor, parent) }, alias, "signalementId");
}
