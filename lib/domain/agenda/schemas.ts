// Agenda forms: one schema for the browser (react-hook-form) and the server action. Dates are
// typed as a Paris calendar date and Paris hours; commands turn them into instants.
import { z } from "zod";
import { formNumber, keys, optionalText, uuidOrEmpty } from "../shared/fields";
import { isIsoDate } from "./calendar";
import { RDV_KIND_LABELS, RDV_STATUS_LABELS } from "./labels";

const HOUR = /^([01]\d|2[0-3]):[0-5]\d$/;
const day = (label: string) =>
  z.string({ error: `${label} : date attendue.` }).refine((v) => v !== "", `Saisissez ${label.toLowerCase()}.`)
    .refine((v) => v === "" || isIsoDate(v), `${label} : date invalide (jj/mm/aaaa).`);
const hour = (label: string) =>
  z.string({ error: `${label} : heure attendue.` }).regex(HOUR, `${label} : saisissez une heure (hh:mm).`);

export const END_BEFORE_START = "L'heure de fin doit être après l'heure de début.";
const endAfterStart = (v: { debut: string; fin: string }, ctx: z.RefinementCtx) => {
  if (HOUR.test(v.debut) && HOUR.test(v.fin) && v.fin <= v.debut) ctx.addIssue({ code: "custom", path: ["fin"], message: END_BEFORE_START });
};
const version = formNumber("Version attendue.").pipe(z.number({ error: "Version attendue." }).int("Version attendue.").min(1, "Version attendue."));
const rendezVousId = z.uuid({ error: "Rendez-vous inconnu." });

export const ZRendezVousCreate = z.object({
  usagerId: z.uuid({ error: "Choisissez le dossier de la personne." }),
  travailleurId: z.uuid({ error: "Choisissez le travailleur social." }),
  kind: z.enum(keys(RDV_KIND_LABELS), { error: "Type : choisissez une valeur de la liste." }),
  siteId: uuidOrEmpty("Lieu : choisissez un site de la liste."),
  date: day("La date"),
  debut: hour("L'heure de début"),
  fin: hour("L'heure de fin"),
  lieuPrecision: optionalText("La précision du lieu", 200),
  objet: optionalText("L'objet", 300),
  rappelConsenti: z.boolean({ error: "Rappel : case à cocher." }).default(false),
}).superRefine(endAfterStart);
export type RendezVousCreateInput = z.input<typeof ZRendezVousCreate>;
export type RendezVousCreate = z.output<typeof ZRendezVousCreate>;

export const ZRendezVousMove = z.object({
  rendezVousId, version, date: day("La date"), debut: hour("L'heure de début"), fin: hour("L'heure de fin"),
}).superRefine(endAfterStart);
export type RendezVousMoveInput = z.input<typeof ZRendezVousMove>;

export const OUTCOMES = ["HONORE", "EXCUSE", "NON_VENU", "ANNULE"] as const;
export const ZRendezVousStatus = z.object({
  rendezVousId, version,
  status: z.enum(OUTCOMES, { error: `Statut : ${OUTCOMES.map((s) => RDV_STATUS_LABELS[s].toLowerCase()).join(", ")}.` }),
});

export const ZPermanence = z.object({
  travailleurId: z.uuid({ error: "Choisissez le travailleur social." }),
  siteId: z.uuid({ error: "Choisissez le site." }),
  jour: formNumber("Choisissez le jour.").pipe(z.number().int("Choisissez le jour.").min(1, "Choisissez le jour.").max(7, "Choisissez le jour.")),
  debut: hour("L'heure de début"),
  fin: hour("L'heure de fin"),
  dureeCreneauMinutes: formNumber("Durée en minutes attendue.").pipe(z.number().int("Durée en minutes entières.")
    .min(10, "Un créneau dure au moins 10 minutes.").max(240, "Un créneau dure au plus 4 heures.")),
  depuis: day("La date de début"),
  jusquau: z.union([z.literal(""), z.string().refine(isIsoDate, "Date de fin invalide (jj/mm/aaaa).")], { error: "Date de fin invalide." }),
  /** A walk-in permanence: the opening hours of the accueil's queue, no bookable slots. */
  sansRendezVous: z.boolean({ error: "Sans rendez-vous : case à cocher." }).default(false),
}).superRefine((v, ctx) => {
  endAfterStart(v, ctx);
  if (v.jusquau && isIsoDate(v.depuis) && v.jusquau < v.depuis) ctx.addIssue({ code: "custom", path: ["jusquau"], message: "La date de fin doit être après la date de début." });
});
export type PermanenceInput = z.input<typeof ZPermanence>;

export const ZPermanenceException = z.object({
  permanenceId: z.uuid({ error: "Permanence inconnue." }),
  date: day("La date"),
  motif: optionalText("Le motif", 200),
});
export type PermanenceExceptionInput = z.input<typeof ZPermanenceException>;

/** An agent (or a worker) books one free slot of a permanence for the person of a fiche. */
export const ZBookSlot = z.object({
  ficheId: z.uuid({ error: "Fiche inconnue." }),
  permanenceId: z.uuid({ error: "Choisissez un créneau." }),
  debut: z.iso.datetime({ error: "Choisissez un créneau." }),
  rappelConsenti: z.boolean({ error: "Rappel : case à cocher." }).default(false),
});
export type BookSlotInput = z.input<typeof ZBookSlot>;

export const CHOOSE_FREE_SLOT = "Choisissez un créneau libre.";
/**
 * The booking form: one radio per slot, `creneau` = "permanenceId|debut". An object that names
 * the permanence itself (tests, other code) is read as is.
 */
export const ZBookSlotChoice = z.preprocess((value, ctx) => {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  const { creneau, ...rest } = value as Record<string, unknown>;
  if (rest.permanenceId !== undefined) return value;
  const [permanenceId, debut] = typeof creneau === "string" ? creneau.split("|") : [];
  if (!permanenceId || !debut) ctx.addIssue({ code: "custom", path: ["creneau"], message: CHOOSE_FREE_SLOT });
  return { ...rest, permanenceId, debut };
}, ZBookSlot);
