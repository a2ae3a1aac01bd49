import { z } from "zod";
import { CHARGE_TYPES } from "@/lib/domain/usagers/budget-types";
import { formNumber } from "@/lib/domain/shared/fields";

/** A weight typed the French way ("0,5") or with a point. */
const weight = (label: string) =>
  z.preprocess((v) => (typeof v === "string" ? v.replace(",", ".") : v), formNumber(`${label} : nombre attendu.`))
    .pipe(z.number().min(0, `${label} : 0 au moins.`).max(3, `${label} : 3 au plus.`));

export const ZRavSettings = z.object({
  chargesRetenues: z.array(z.enum(Object.keys(CHARGE_TYPES) as [keyof typeof CHARGE_TYPES], { error: "Type de charge inconnu." })).max(30)
    .transform((v) => [...new Set(v)]),
  ucPremierAdulte: weight("Premier adulte"),
  ucAutrePersonne14: weight("Autre personne de 14 ans ou plus"),
  ucEnfantMoins14: weight("Enfant de moins de 14 ans"),
  partAdulte: weight("Part par adulte"),
  partEnfant: weight("Part par enfant (1er et 2e)"),
  partEnfantDesTroisieme: weight("Part par enfant à partir du 3e"),
  orientationRelanceJours: formNumber("Nombre de jours attendu.").pipe(z.number().int("Nombre de jours entier.")
    .min(1, "1 jour au moins.").max(180, "180 jours au plus.")),
  /** Domiciliation (issue #11): days before waiting mail is flagged for return to sender. */
  courrierRetourJours: formNumber("Nombre de jours attendu.").pipe(z.number().int("Nombre de jours entier.")
    .min(1, "1 jour au moins.").max(90, "90 jours au plus.")).optional(),
});
export type RavSettingsInput = z.input<typeof ZRavSettings>;
