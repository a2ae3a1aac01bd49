// The retention settings form: the same schema validates the form and the server action.
import { z } from "zod";

const months = (label: string, min: number, max: number) =>
  z.coerce.number({ error: `${label} : nombre de mois attendu.` }).int(`${label} : nombre entier de mois.`)
    .min(min, `${label} : ${min} mois au moins.`).max(max, `${label} : ${max} mois au plus.`);

export const ZRetentionSettings = z.object({
  // The journal must cover at least 6 months (CNIL recommends 6 months to 1 year for traces).
  auditConservationMois: months("Journal d'audit", 6, 60),
  inactiviteAnonymisationMois: months("Dossiers sans contact", 12, 120),
  aidesRefuseesConservationMois: months("Demandes d'aide refusées ou abandonnées", 6, 120),
  anonymisationAutomatique: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
  anonymisationDelaiGraceJours: z.coerce.number({ error: "Délai : nombre de jours attendu." }).int("Délai : nombre entier de jours.")
    .min(7, "Délai : 7 jours au moins.").max(365, "Délai : 365 jours au plus."),
});
export type RetentionSettingsInput = z.input<typeof ZRetentionSettings>;
