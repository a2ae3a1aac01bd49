// Imports of spreadsheets: the jobs of the actor's structure for those who may import
// (canImportDossiers), and the dossiers an import may match and update. The latter reaches the
// ADMIN too (decision 0035), for matching and the writes of its own import only: no page shows a
// dossier through it.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { canImportDossiers } from "../permissions";
import { NOTHING, NOTHING_SQL, ownedBy, ownedBySql, throughParentSql } from "./structure";

export function importJobScope(actor: Actor): Prisma.ImportJobWhereInput {
  return canImportDossiers(actor) ? ownedBy(actor) : NOTHING;
}

/** `alias` is the SQL alias of "ImportJob". */
export function importJobScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return canImportDossiers(actor) ? ownedBySql(actor, alias) : NOTHING_SQL;
}

export function importRowScope(actor: Actor): Prisma.ImportRowWhereInput {
  return { job: importJobScope(actor) };
}

/** `alias` is the SQL alias of "ImportRow". */
export function importRowScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return throughParentSql({ table: "ImportJob", alias: `${alias}_j`, scope: importJobScopeSql(actor, `${alias}_j`) }, alias, "jobId");
}

export function importMappingScope(actor: Actor): Prisma.ImportMappingWhereInput {
  return canImportDossiers(actor) ? ownedBy(actor) : NOTHING;
}

/** `alias` is the SQL alias of "ImportMapping". */
export function importMappingScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return canImportDossiers(actor) ? ownedBySql(actor, alias) : NOTHING_SQL;
}

/** The dossiers an import matches its rows against and updates. */
export function importTargetScope(actor: Actor): Prisma.UsagerWhereInput {
  return canImportDossiers(actor) ? ownedBy(actor) : NOTHING;
}

/** `alias` is the SQL alias of "Usager". */
export function importTargetScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return canImportDossiers(actor) ? ownedBySql(actor, alias) : NOTHING_SQL;
}
