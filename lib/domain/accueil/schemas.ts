// One zod schema per form of the accueil, shared by the browser and the server action. What needs
// the database (the site is the actor's, the dossier and the partner are the structure's, a
// permanence is open today) is checked in the commands, with the same French messages.
import { z } from "zod";
import { keys, optionalText, uuidOrEmpty } from "../shared/fields";
import { parisLocalToDate } from "../shared/paris-time";
import { MOTIF_LABELS, REPONSE_LABELS, SEXE_LABELS, SORTIE_LABELS, TRANCHE_AGE_LABELS } from "./labels";

/** A group of checkboxes gives an array, a single one its value: always a list (null is refused). */
const asList = (v: unknown) => (Array.isArray(v) || v === null ? v : v === false || v === undefined || v === "" ? [] : [v]);
const optionalEnum = <T extends Record<string, string>>(labels: T, label: string) =>
  z.union([z.literal(""), z.enum(keys(labels))], { error: `${label} : choisissez une valeur de la liste.` }).transform((v) => v || null);

/** Who came: a dossier, or a first name / initials (an anonymous person is a count, never a dossier). */
const person = {
  usagerId: uuidOrEmpty("Dossier inconnu.").transform((v) => v || null),
  prenom: optionalText("Le prénom ou les initiales", 50),
};
const needsSomeone = (v: { usagerId: string | null; prenom: string | null }, ctx: z.RefinementCtx) => {
  if (!v.usagerId && !v.prenom) ctx.addIssue({ code: "custom", path: ["prenom"], message: "Saisissez un prénom ou des initiales, ou choisissez un dossier." });
};

/** The hour of a passage, typed in Paris; within the last 31 days and not in the future. */
export const passageTime = z.string({ error: "Heure du passage : date et heure attendues." }).trim().max(16, "Heure du passage invalide.")
  .transform((v, ctx) => {
    const d = parisLocalToDate(v);
    if (!d) {
      ctx.addIssue({ code: "custom", message: "Heure du passage invalide (jj/mm/aaaa hh:mm)." });
      return z.NEVER;
    }
    const now = Date.now();
    if (d.getTime() > now + 5 * 60_000) ctx.addIssue({ code: "custom", message: "Le passage ne peut pas être dans le futur." });
    else if (d.getTime() < now - 31 * 86_400_000) ctx.addIssue({ code: "custom", message: "Un passage s'enregistre dans le mois : au plus 31 jours en arrière." });
    return d;
  });

export const ZPassage = z.object({
  siteId: z.uuid({ error: "Choisissez le site." }),
  ...person,
  sexe: optionalEnum(SEXE_LABELS, "Sexe"),
  trancheAge: optionalEnum(TRANCHE_AGE_LABELS, "Tranche d'âge"),
  motifs: z.preprocess(asList, z.array(z.enum(keys(MOTIF_LABELS), { error: "Motif inconnu." }), { error: "Cochez au moins un motif." })
    .min(1, "Cochez au moins un motif.").max(7, "Motifs : 7 au plus.")),
  reponse: z.enum(keys(REPONSE_LABELS), { error: "Choisissez la réponse apportée." }),
  partenaireId: uuidOrEmpty("Partenaire inconnu.").transform((v) => v || null),
  survenuLe: passageTime,
}).superRefine((v, ctx) => {
  needsSomeone(v, ctx);
  if (v.reponse === "ORIENTATION_PARTENAIRE" && !v.partenaireId) ctx.addIssue({ code: "custom", path: ["partenaireId"], message: "Choisissez le partenaire vers lequel la personne est orientée." });
});
export type PassageInput = z.input<typeof ZPassage>;
export type Passage = z.output<typeof ZPassage>;

export const ZQueueAdd = z.object({
  siteId: z.uuid({ error: "Choisissez le site." }),
  ...person,
  motif: z.enum(keys(MOTIF_LABELS), { error: "Choisissez le motif." }),
}).superRefine(needsSomeone);
export type QueueAddInput = z.input<typeof ZQueueAdd>;
export type QueueAdd = z.output<typeof ZQueueAdd>;

export const ZQueueTake = z.object({ id: z.uuid({ error: "Personne inconnue dans la file." }) });
export type QueueTake = z.output<typeof ZQueueTake>;

export const ZQueueLeave = z.object({
  id: z.uuid({ error: "Personne inconnue dans la file." }),
  issue: z.enum(keys(SORTIE_LABELS), { error: "Choisissez ce qu'il en est." }),
  orientationPrecision: optionalText("L'orientation", 200),
});
export type QueueLeaveInput = z.input<typeof ZQueueLeave>;
export type QueueLeave = z.output<typeof ZQueueLeave>;
