// Rendez-vous, with the person and the purpose: TS and RESPONSABLE of the structure. An agent
// books into permanences (permanence.ts) and sees only free and busy slots, never a rendez-vous.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { socialWorkScope, socialWorkScopeSql } from "./structure";

export function rendezVousScope(actor: Actor): Prisma.RendezVousWhereInput {
  return socialWorkScope(actor);
}

/** `alias` is the SQL alias of "RendezVous". */
export function rendezVousScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return socialWorkScopeSql(actor, alias);
}
