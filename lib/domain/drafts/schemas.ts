// Drafts of long forms (decision 0067): the forms that keep one, and what a draft may hold.
import { z } from "zod";
import { keys } from "../shared/fields";

/** The forms of a dossier that keep a draft while typing (key → French name). */
export const DRAFT_FORMS = { entretien: "Nouvel entretien", diagnostic: "Nouveau diagnostic" } as const;
export type DraftForm = keyof typeof DRAFT_FORMS;

/** The fields a draft of each form may hold: its form's own, nothing else is stored. */
const DRAFT_FIELDS: Record<DraftForm, readonly string[]> = {
  entretien: ["usagerId", "date", "dureeMinutes", "canal", "objets", "objetPrecision", "resume", "noteConfidentielle", "suites", "rappelLe", "accompagnementId", "rendezVousId"],
  diagnostic: ["usagerId", "date", "domaines", "droitsNonOuverts", "conclusion", "propositions"],
};

/** A draft holds a few long texts: a generous bound, far below what would load the server. */
export const MAX_DRAFT_CHARS = 200_000;
/** A draft not touched for this long is deleted by the scheduled job "brouillons-purge". */
export const DRAFT_MAX_AGE_DAYS = 30;

const ZDraftTarget = {
  usagerId: z.uuid({ error: "Dossier inconnu." }),
  form: z.enum(keys(DRAFT_FORMS), { error: "Formulaire inconnu." }),
};

/** Only texts, numbers, yes/no and lists or groups of them: what a form holds. */
const ZDraftValue: z.ZodType<unknown> = z.lazy(() => z.union([
  z.string(), z.number(), z.boolean(), z.null(), z.array(ZDraftValue).max(200), z.record(z.string().max(100), ZDraftValue),
]));

export const ZDraftSave = z.object({
  ...ZDraftTarget,
  values: z.record(z.string().max(100), ZDraftValue, { error: "Contenu du brouillon invalide." })
    .refine((v) => JSON.stringify(v).length <= MAX_DRAFT_CHARS, "Brouillon trop long pour être gardé : enregistrez le formulaire."),
}).superRefine((draft, ctx) => {
  const allowed = DRAFT_FIELDS[draft.form];
  if (Object.keys(draft.values).some((k) => !allowed.includes(k))) {
    ctx.addIssue({ code: "custom", path: ["values"], message: "Contenu du brouillon invalide : champ inconnu pour ce formulaire." });
  }
});
export type DraftSave = z.output<typeof ZDraftSave>;

export const ZDraftDiscard = z.object(ZDraftTarget);
export type DraftDiscard = z.output<typeof ZDraftDiscard>;
