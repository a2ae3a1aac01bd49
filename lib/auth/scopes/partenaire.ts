// The partner directory (annuaire): every signed-in user reads their structure's (canReadAnnuaire);
// editing it is a finer rule (canEditAnnuaire).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { canReadAnnuaire } from "../permissions";
import { NOTHING, NOTHING_SQL, ownedBy, ownedBySql } from "./structure";

export function partenaireScope(actor: Actor): Prisma.PartenaireWhereInput {
  return canReadAnnuaire(actor) ? ownedBy(actor) : NOTHING;
}

/** `alias` is the SQL alias of "Partenaire". */
export function partenaireScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return canReadAnnuaire(actor) ? ownedBySql(actor, alias) : NOTHING_SQL;
}
