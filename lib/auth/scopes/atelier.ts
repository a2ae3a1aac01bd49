// Ateliers collectifs and their registrations are social work: TS and RESPONSABLE of the
// structure (the registration row carries the structure itself).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { socialWorkScope, socialWorkScopeSql } from "./structure";

export function atelierScope(actor: Actor): Prisma.AtelierWhereInput {
  return socialWorkScope(actor);
}

/** `alias` is the SQL alias of "Atelier". */
export function atelierScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return socialWorkScopeSql(actor, alias);
}

export function atelierInscriptionScope(actor: Actor): Prisma.AtelierInscriptionWhereInput {
  return socialWorkScope(actor);
}

/** `alias` is the SQL alias of "AtelierInscription". */
export function atelierInscriptionScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return socialWorkScopeSql(actor, alias);
}
