// Pièces jointes: TS and RESPONSABLE of the structure; a confidential document is its uploader's
// and the RESPONSABLE's only (canViewDocument, canViewOthersConfidentialDocuments).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { canViewOthersConfidentialDocuments } from "../permissions";
import { isSocial } from "../roles";
import { NOTHING, NOTHING_SQL, ownedBy, ownedBySql, sqlAlias } from "./structure";

export function documentScope(actor: Actor): Prisma.DocumentWhereInput {
  if (!isSocial(actor)) return NOTHING;
  if (canViewOthersConfidentialDocuments(actor)) return ownedBy(actor);
  return { ...ownedBy(actor), OR: [{ confidential: false }, { uploadedById: actor.id }] };
}

/** `alias` is the SQL alias of "Document". */
export function documentScopeSql(actor: Actor, alias: string): Prisma.Sql {
  if (!isSocial(actor)) return NOTHING_SQL;
  if (canViewOthersConfidentialDocuments(actor)) return ownedBySql(actor, alias);
  const d = sqlAlias(alias);
  return Prisma.sql`(${ownedBySql(actor, alias)} AND (${d}.confidential = FALSE OR ${d}."uploadedById" = ${actor.id}::uuid))`;
}
