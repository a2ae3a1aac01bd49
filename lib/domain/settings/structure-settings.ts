// Settings of a structure. Every social worker reads them (the reste à vivre uses them); only a
// RESPONSABLE changes them.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canEditStructureSettings, canReadStructureSettings } from "@/lib/auth/permissions";
import { structureSettingsScope } from "@/lib/auth/scopes/structure-settings";
import { saveOwnStructureSettings } from "@/lib/domain/settings/save-own-settings";
import { NotFoundError } from "@/lib/domain/errors";
import { DEFAULT_CHARGES_RETENUES } from "@/lib/domain/usagers/budget-types";
import type { RavSettings } from "@/lib/domain/usagers/reste-a-vivre";
import type { z } from "zod";
import type { ZRavSettings } from "./schemas";

export const DEFAULT_RAV_SETTINGS: RavSettings = {
  chargesRetenues: DEFAULT_CHARGES_RETENUES, ucPremierAdulte: 1, ucAutrePersonne14: 0.5, ucEnfantMoins14: 0.3,
  partAdulte: 1, partEnfant: 0.5, partEnfantDesTroisieme: 1,
};

export async function getRavSettings(actor: Actor): Promise<RavSettings> {
  if (!canReadStructureSettings(actor)) throw new NotFoundError();
  const row = await db.structureSettings.findFirst({ where: structureSettingsScope(actor) });
  if (!row) return DEFAULT_RAV_SETTINGS;
  const { chargesRetenues, ucPremierAdulte, ucAutrePersonne14, ucEnfantMoins14, partAdulte, partEnfant, partEnfantDesTroisieme } = row;
  return { chargesRetenues, ucPremierAdulte, ucAutrePersonne14, ucEnfantMoins14, partAdulte, partEnfant, partEnfantDesTroisieme };
}

export async function updateRavSettings(actor: Actor, input: z.output<typeof ZRavSettings>) {
  if (!canEditStructureSettings(actor)) throw new NotFoundError();
  await db.$transaction((tx) => saveOwnStructureSettings(tx, actor, input, { action: "settings.rav_update" }));
}
