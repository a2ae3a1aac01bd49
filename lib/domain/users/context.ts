import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Prisma, type SiteKind } from "@/lib/generated/prisma/client";

export type ActorContext = { structureName: string; siteName: string | null; siteKind: SiteKind | null };

/**
 * The actor's own structure and site, read through the actor's own user row: `extra` adds columns to the same row (the
 * navigation's counters, lib/domain/navigation/header.ts), so the header costs one statement.
 */
export async function selectActorContext<E extends object = object>(actor: Actor, extra: Prisma.Sql = Prisma.empty): Promise<ActorContext & E> {
  const [row] = await db.$queryRaw<(ActorContext & E)[]>`
    SELECT st.name AS "structureName", si.name AS "siteName", si.kind::text AS "siteKind" ${extra}
    FROM "User" me
    JOIN "Structure" st ON st.id = me."structureId"
    LEFT JOIN "Site" si ON si.id = me."siteId"
    WHERE me.id = ${actor.id}::uuid`;
  if (!row) throw new Error("structure de l'utilisateur introuvable");
  return row;
}

/** Names shown in the header: the actor's own structure and site. */
export function getActorContext(actor: Actor): Promise<ActorContext> {
  return selectActorContext(actor);
}
