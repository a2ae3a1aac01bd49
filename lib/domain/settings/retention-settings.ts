// Retention periods of a structure (CNIL): how long the audit log, inactive dossiers and refused
// or abandoned aid requests are kept, and whether anonymisation may run without a RESPONSABLE.
import type { z } from "zod";
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canEditStructureSettings } from "@/lib/auth/permissions";
import { saveOwnStructureSettings } from "@/lib/domain/settings/save-own-settings";
import { NotFoundError } from "@/lib/domain/errors";
import type { ZRetentionSettings } from "./retention-schemas";

export { ZRetentionSettings, type RetentionSettingsInput } from "./retention-schemas";

export type RetentionSettings = {
  auditConservationMois: number;
  inactiviteAnonymisationMois: number;
  aidesRefuseesConservationMois: number;
  anonymisationAutomatique: boolean;
  anonymisationDelaiGraceJours: number;
};

export const DEFAULT_RETENTION_SETTINGS: RetentionSettings = {
  auditConservationMois: 12, inactiviteAnonymisationMois: 24, aidesRefuseesConservationMois: 24,
  anonymisationAutomatique: false, anonymisationDelaiGraceJours: 30,
};

const SELECT = {
  auditConservationMois: true, inactiviteAnonymisationMois: true, aidesRefuseesConservationMois: true,
  anonymisationAutomatique: true, anonymisationDelaiGraceJours: true,
} as const;

/** For jobs and documents: no actor, the structure's values or the defaults. */
export async function retentionSettingsOf(structureId: string, client: DbTx = db): Promise<RetentionSettings> {
  const row = await client.structureSettings.findUnique({ where: { structureId }, select: SELECT });
  return row ?? DEFAULT_RETENTION_SETTINGS;
}

export async function getRetentionSettings(actor: Actor): Promise<RetentionSettings> {
  if (!canEditStructureSettings(actor)) throw new NotFoundError();
  return retentionSettingsOf(actor.structureId);
}

export async function updateRetentionSettings(actor: Actor, input: z.output<typeof ZRetentionSettings>) {
  if (!canEditStructureSettings(actor)) throw new NotFoundError();
  await db.$transaction((tx) => saveOwnStructureSettings(tx, actor, input, { action: "settings.retention_update", details: { ...input } }));
}
