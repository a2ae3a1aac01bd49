// Transmissions between colleagues: the dossier's rule (TS and RESPONSABLE of the structure, never
// an AGENT or the ADMIN), read on the transmission's own structure column.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { socialWorkScope, socialWorkScopeSql, throughParentSql } from "./structure";

export function transmissionScope(actor: Actor): Prisma.TransmissionWhereInput {
  return socialWorkScope(actor);
}

/** `alias` is the SQL alias of "Transmission". */
export function transmissionScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return socialWorkScopeSql(actor, alias);
}

/** The mentions of the transmissions the actor may read. */
export function transmissionMentionScope(actor: Actor): Prisma.TransmissionMentionWhereInput {
  return { transmission: transmissionScope(actor) };
}

/** `alias` is the SQL alias of "TransmissionMention". */
export function transmissionMentionScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return throughParentSql({ table: "Transmission", alias: `${alias}_t`, scope: transmissionScopeSql(actor, `${alias}_t`) }, alias, "transmissionId");
}
