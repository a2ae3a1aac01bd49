// The entretien form: one schema for the browser and the server action.
import { z } from "zod";
import { formNumber, keys, MAX_LONG_TEXT, optionalText, uuidOrEmpty } from "../shared/fields";
import { parisLocalToDate, parisToday } from "../shared/paris-time";
import { CANAL_LABELS, DOMAINE_LABELS } from "./labels";

/** A contact is logged after it happened: a small margin covers clock differences. */
const FUTURE_MARGIN_MS = 15 * 60 * 1000;

export const ZEntretien = z.object({
  usagerId: z.uuid({ error: "Dossier inconnu." }),
  date: z.string({ error: "Date et heure attendues." }).superRefine((v, ctx) => {
    const d = parisLocalToDate(v);
    if (!v) ctx.addIssue({ code: "custom", message: "Saisissez la date et l'heure de l'entretien." });
    else if (!d) ctx.addIssue({ code: "custom", message: "Date et heure invalides (jj/mm/aaaa hh:mm)." });
    else if (d.getTime() > Date.now() + FUTURE_MARGIN_MS) ctx.addIssue({ code: "custom", message: "Un entretien se saisit une fois qu'il a eu lieu : la date ne peut pas être dans le futur." });
    else if (v < "2000-01-01") ctx.addIssue({ code: "custom", message: "Date trop ancienne." });
  }),
  dureeMinutes: formNumber("Durée en minutes attendue.").pipe(z.number().int("Durée en minutes entières.")
    .min(1, "La durée doit être d'au moins 1 minute.").max(600, "La durée ne peut pas dépasser 10 heures.")),
  canal: z.enum(keys(CANAL_LABELS), { error: "Choisissez le mode d'entretien." }),
  objets: z.array(z.enum(keys(DOMAINE_LABELS), { error: "Objet inconnu." }), { error: "Objets : liste attendue." })
    .min(1, "Cochez au moins un objet.").max(8),
  objetPrecision: optionalText("La précision", 300),
  resume: z.string({ error: "Texte attendu." }).trim().min(1, "Saisissez le compte rendu.").max(MAX_LONG_TEXT, `Le compte rendu : ${MAX_LONG_TEXT} caractères au plus.`),
  noteConfidentielle: optionalText("La note confidentielle", MAX_LONG_TEXT),
  suites: optionalText("Les suites à donner", 5_000),
  rappelLe: z.union([z.literal(""), z.iso.date({ error: "Date de rappel invalide." })], { error: "Date de rappel invalide." })
    .superRefine((v, ctx) => {
      if (!v) return;
      const max = `${Number(parisToday().slice(0, 4)) + 2}${parisToday().slice(4)}`;
      if (v < parisToday()) ctx.addIssue({ code: "custom", message: "Le rappel doit être aujourd'hui ou plus tard." });
      else if (v > max) ctx.addIssue({ code: "custom", message: "Le rappel ne peut pas dépasser deux ans." });
    }),
  accompagnementId: uuidOrEmpty("Accompagnement inconnu."),
  /** Logged from an honoured rendez-vous (agenda): the rendez-vous points back to it. */
  rendezVousId: uuidOrEmpty("Rendez-vous inconnu.").optional(),
});
export type EntretienInput = z.input<typeof ZEntretien>;
export type Entretien = z.output<typeof ZEntretien>;

export const ZRappelFait = z.object({ entretienId: z.uuid() });
