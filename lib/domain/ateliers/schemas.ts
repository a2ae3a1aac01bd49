// One zod schema per workshop form, shared by the browser (react-hook-form) and the server action.
// The start is typed in Paris time (datetime-local) and becomes a UTC instant. Whether it lies in
// the future is checked by the command, which knows "now".
import { z } from "zod";
import { keys, optionalText, requiredText, uuidOrEmpty } from "../shared/fields";
import { parisLocalToDate } from "../shared/paris-time";
import { ATELIER_THEME_LABELS, PRESENCE_LABELS } from "./labels";

export const MAX_CAPACITE = 200;
export const MAX_DUREE_MINUTES = 12 * 60;

/** A whole number typed in a text or number field ("12"), within bounds. */
const wholeNumber = (label: string, min: number, max: number, tooLow: string) =>
  z.string({ error: `${label} : nombre attendu.` }).trim().transform((v, ctx) => {
    if (v === "") {
      ctx.addIssue({ code: "custom", message: `Saisissez ${label.toLowerCase()}.` });
      return z.NEVER;
    }
    if (!/^-?\d+$/.test(v)) {
      ctx.addIssue({ code: "custom", message: `${label} : nombre entier attendu, par exemple ${min === 1 ? "12" : "90"}.` });
      return z.NEVER;
    }
    const n = Number(v);
    if (n < min) ctx.addIssue({ code: "custom", message: tooLow });
    else if (n > max) ctx.addIssue({ code: "custom", message: `${label} : ${max} au plus.` });
    return n;
  });

const debut = z.string({ error: "Date et heure attendues." }).trim().superRefine((v, ctx) => {
  if (v === "") ctx.addIssue({ code: "custom", message: "Saisissez la date et l'heure de l'atelier." });
  else if (!parisLocalToDate(v)) ctx.addIssue({ code: "custom", message: "Date et heure invalides (jj/mm/aaaa hh:mm)." });
});

const fields = {
  titre: requiredText("Le titre", 120),
  theme: z.enum(keys(ATELIER_THEME_LABELS), { error: "Thème : choisissez une valeur de la liste." }),
  debut,
  dureeMinutes: wholeNumber("La durée", 1, MAX_DUREE_MINUTES, "La durée doit être positive : au moins 1 minute."),
  siteId: uuidOrEmpty("Site inconnu.").transform((v) => v || null),
  adresse: optionalText("L'adresse", 200),
  capacite: wholeNumber("La capacité", 1, MAX_CAPACITE, "La capacité doit être d'au moins 1 place."),
  listeAttente: z.boolean({ error: "Case à cocher attendue." }),
  animateurId: z.uuid({ error: "Choisissez l'animateur ou l'animatrice." }),
  partenaireId: uuidOrEmpty("Partenaire inconnu.").transform((v) => v || null),
  description: optionalText("La description", 2_000),
};

type Place = { siteId: string | null; adresse: string | null };
const placeRequired = (v: Place, ctx: z.RefinementCtx) => {
  if (!v.siteId && !v.adresse) ctx.addIssue({ code: "custom", path: ["adresse"], message: "Choisissez un site ou saisissez l'adresse du lieu." });
};

export const ZAtelierCreate = z.object(fields).superRefine(placeRequired);
export type AtelierCreateInput = z.input<typeof ZAtelierCreate>;
export type AtelierCreate = z.output<typeof ZAtelierCreate>;

/** Optimistic concurrency: the workshop's updatedAt when the form was opened. */
const target = {
  id: z.uuid({ error: "Atelier inconnu." }),
  updatedAt: z.iso.datetime({ error: "Version de l'atelier attendue." }),
};

export const ZAtelierUpdate = z.object({ ...target, ...fields }).superRefine(placeRequired);
export type AtelierUpdateInput = z.input<typeof ZAtelierUpdate>;
export type AtelierUpdate = z.output<typeof ZAtelierUpdate>;

export const ZAtelierStatus = z.object({
  ...target,
  to: z.enum(["REALISE", "ANNULE"], { error: "Statut : choisissez une valeur de la liste." }),
});
export type AtelierStatusChange = z.output<typeof ZAtelierStatus>;

export const ZInscription = z.object({
  atelierId: z.uuid({ error: "Atelier inconnu." }),
  usagerId: z.uuid({ error: "Choisissez une personne." }),
});
export type Inscription = z.output<typeof ZInscription>;

export const ZDesinscription = z.object({ inscriptionId: z.uuid({ error: "Inscription inconnue." }) });
export type Desinscription = z.output<typeof ZDesinscription>;

/** Attendance of every registered participant; "" leaves a participant unrecorded. */
export const ZPresences = z.object({
  atelierId: z.uuid({ error: "Atelier inconnu." }),
  presences: z.array(z.object({
    inscriptionId: z.uuid({ error: "Inscription inconnue." }),
    presence: z.union([z.enum(keys(PRESENCE_LABELS)), z.literal("")], { error: "Présence : choisissez une valeur de la liste." }),
  })).max(MAX_CAPACITE + 50),
});
export type PresencesInput = z.input<typeof ZPresences>;
export type Presences = z.output<typeof ZPresences>;
