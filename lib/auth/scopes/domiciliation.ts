// Domiciliations (CASF L.264-1): TS and RESPONSABLE of the structure. The mail register, also open
// to the reception agent of a Maison des Solidarités, has its own scope (courrier.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { socialWorkScope, socialWorkScopeSql } from "./structure";

export function domiciliationScope(actor: Actor): Prisma.DomiciliationWhereInput {
  return socialWorkScope(actor);
}

/** `alias` is the SQL alias of "Domiciliation". */
export function domiciliationScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return socialWorkScopeSql(actor, alias);
}
