// Generated letters (`Courrier`, issue #21) and the structure's templates (`CourrierModele`):
// those of the actor's structure, for the social roles only (a letter is about a person; a
// template is used to write to one). Not to be confused with courrier.ts, the mail register of
// domiciled persons. Managing templates is a finer rule (canManageCourrierModeles), asserted by
// the commands.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { socialWorkScope, socialWorkScopeSql } from "./structure";

export function courrierGenereScope(actor: Actor): Prisma.CourrierWhereInput {
  return socialWorkScope(actor);
}

/** `alias` is the SQL alias of "Courrier". */
export function courrierGenereScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return socialWorkScopeSql(actor, alias);
}

export function courrierModeleScope(actor: Actor): Prisma.CourrierModeleWhereInput {
  return socialWorkScope(actor);
}

/** `alias` is the SQL alias of "CourrierModele". */
export function courrierModeleScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return socialWorkScopeSql(actor, alias);
}
