// Sites (Maison des Solidarités, mairies de quartier…): everyone of the structure knows its sites
// (every form and list filter offers them). A site id of another structure matches nothing.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { ownedBy, ownedBySql } from "./structure";

export function siteScope(actor: Actor): Prisma.SiteWhereInput {
  return ownedBy(actor);
}

/** `alias` is the SQL alias of "Site". */
export function siteScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return ownedBySql(actor, alias);
}
