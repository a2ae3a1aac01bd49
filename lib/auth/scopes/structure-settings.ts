// Settings of the structure (reste à vivre weights, delays, retention periods): every social
// worker reads them (canReadStructureSettings), only a RESPONSABLE changes them
// (canEditStructureSettings). There is one row per structure, keyed by the structure.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { canReadStructureSettings } from "../permissions";
import { NOTHING_SQL, ownedBy, ownedBySql } from "./structure";

const NO_SETTINGS = { structureId: { in: [] as string[] } };

export function structureSettingsScope(actor: Actor): Prisma.StructureSettingsWhereInput {
  return canReadStructureSettings(actor) ? ownedBy(actor) : NO_SETTINGS;
}

/** `alias` is the SQL alias of "StructureSettings". */
export function structureSettingsScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return canReadStructureSettings(actor) ? ownedBySql(actor, alias) : NOTHING_SQL;
}

/** The key of the actor's own structure's row, for an upsert guarded by canEditStructureSettings. */
export function ownStructureSettings(actor: Actor): Prisma.StructureSettingsWhereUniqueInput {
  return ownedBy(actor);
}
