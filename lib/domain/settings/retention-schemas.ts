// The retention settings form: the same schema validates the form and the server action.
import { z } from "zod";
import { formNumber } from "@/lib/domain/shared/fields";

/**
 * A keeping period in whole months, typed in a form: every retention setting of the structure
 * (these, and the public signalements' one) reads it the same way. `why` explains the upper bound.
 */
export const retentionMonths = (label: string, min: number, max: number, why?: string) =>
  formNumber(`${label} : nombre de mois attendu.`).pipe(z.number().int(`${label} : nombre entier de mois.`)
    .min(min, `${label} : ${min} mois au moins.`).max(max, `${label} : ${max} mois au plus${why ? ` (${why})` : ""}.`));

/** A checkbox: a boolean from the client form, or "on" / absent from a plain HTML form post. */
const checkbox = z.union([z.boolean(), z.literal("on")], { error: "Case à cocher attendue." }).optional()
  .transform((v) => v === true || v === "on");

export const ZRetentionSettings = z.object({
  // The journal must cover at least 6 months (CNIL recommends 6 months to 1 year for traces).
  auditConservationMois: retentionMonths("Journal d'audit", 6, 60),
  inactiviteAnonymisationMois: retentionMonths("Dossiers sans contact", 12, 120),
  aidesRefuseesConservationMois: retentionMonths("Demandes d'aide refusées ou abandonnées", 6, 120),
  anonymisationAutomatique: checkbox,
  anonymisationDelaiGraceJours: formNumber("Délai : nombre de jours attendu.").pipe(z.number().int("Délai : nombre entier de jours.")
    .min(7, "Délai : 7 jours au moins.").max(365, "Délai : 365 jours au plus.")),
});
export type RetentionSettingsInput = z.input<typeof ZRetentionSettings>;
