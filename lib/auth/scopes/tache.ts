// Tasks: team work of the structure, read by its TS and RESPONSABLE (a task about a dossier says
// no more than the dossier they may read), never by an AGENT or the ADMIN.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { socialWorkScope, socialWorkScopeSql } from "./structure";

export function tacheScope(actor: Actor): Prisma.TacheWhereInput {
  return socialWorkScope(actor);
}

/** `alias` is the SQL alias of "Tache". */
export function tacheScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return socialWorkScopeSql(actor, alias);
}
