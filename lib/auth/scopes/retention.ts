// Dossiers flagged as inactive for the retention review: the RESPONSABLE's (canReviewRetention).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { canReviewRetention } from "../permissions";
import { NOTHING_SQL, ownedBy, ownedBySql } from "./structure";

/** RetentionFlag is keyed by its dossier: "no flag at all" is the empty set of dossiers. */
const NO_FLAG = { usagerId: { in: [] as string[] } };

export function retentionFlagScope(actor: Actor): Prisma.RetentionFlagWhereInput {
  return canReviewRetention(actor) ? ownedBy(actor) : NO_FLAG;
}

/** `alias` is the SQL alias of "RetentionFlag". */
export function retentionFlagScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return canReviewRetention(actor) ? ownedBySql(actor, alias) : NOTHING_SQL;
}
