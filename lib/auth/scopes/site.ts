// Sites (Maison des Solidarités, mairies de quartier…): everyone of the structure knows its sites
// (every form and list filter offers them). A site id of another structure matches nothing.
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownedBy, ownedBySql, type Owner } from "./structure";

/** `owner`: the actor, or a scope computed from one (the dashboard's). */
export function siteScope(owner: Owner): Prisma.SiteWhereInput {
  return ownedBy(owner);
}

/** `alias` is the SQL alias of "Site". */
export function siteScopeSql(owner: Owner, alias: string): Prisma.Sql {
  return ownedBySql(owner, alias);
}
