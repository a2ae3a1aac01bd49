// Orientations to partners follow the dossier's rule (canOrient = canViewUsager): TS and
// RESPONSABLE of the structure; their dated events are in scope through their orientation.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { socialWorkScope, socialWorkScopeSql, throughParentSql } from "./structure";

export function orientationScope(actor: Actor): Prisma.OrientationWhereInput {
  return socialWorkScope(actor);
}

/** `alias` is the SQL alias of "Orientation". */
export function orientationScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return socialWorkScopeSql(actor, alias);
}

export function orientationEventScope(actor: Actor): Prisma.OrientationEventWhereInput {
  return { orientation: orientationScope(actor) };
}

export function orientationEventScopeSql(actor: Actor, alias: string): Prisma.Sql {
  const parent = `${alias}_o`;
  return throughParentSql({ table: "Orientation", alias: parent, scope: orientationScopeSql(actor, parent) }, alias, "orientationId");
}
