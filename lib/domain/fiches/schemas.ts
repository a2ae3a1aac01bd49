// Fiche de liaison forms: one schema for the browser (react-hook-form) and the server action.
// Text is stored as typed (React renders it as text, never as HTML); every field has a maximum.
import { z } from "zod";
import { keys, optionalEmail, optionalPastDate, optionalPhone, optionalText, pastDate, requiredText } from "../shared/fields";
import { DROIT_OUVERT_LABELS } from "../usagers/labels";
import { FICHE_CLOTURE_LABELS, FICHE_MOTIF_LABELS, FICHE_URGENCE_LABELS, RDV_LIEU_LABELS } from "./labels";

const ficheId = z.uuid({ error: "Fiche inconnue." });

export const CONSENT_REQUIRED = "Sans l'accord de la personne, la fiche ne peut pas être envoyée : cochez la case une fois son accord recueilli.";
export const CONTACT_REQUIRED = "Indiquez au moins un moyen de joindre la personne : téléphone ou adresse e-mail.";

export const ZFicheSend = z.object({
  nom: requiredText("Le nom"),
  prenom: requiredText("Le prénom"),
  dateNaissance: optionalPastDate("La date de naissance"),
  telephone: optionalPhone,
  email: optionalEmail,
  disponibilites: optionalText("Les disponibilités", 300),
  adresse: optionalText("L'adresse", 300),
  quartier: optionalText("Le quartier", 100),
  motifs: z.array(z.enum(keys(FICHE_MOTIF_LABELS), { error: "Motif inconnu." }), { error: "Motifs : liste attendue." })
    .min(1, "Cochez au moins un motif.").max(8).transform((v) => [...new Set(v)]),
  motifPrecision: optionalText("La précision", 500),
  urgence: z.enum(keys(FICHE_URGENCE_LABELS), { error: "Urgence : choisissez une valeur de la liste." }),
  consentement: z.boolean({ error: CONSENT_REQUIRED }).refine((v) => v === true, CONSENT_REQUIRED),
}).superRefine((v, ctx) => {
  if (!v.telephone && !v.email) ctx.addIssue({ code: "custom", path: ["telephone"], message: CONTACT_REQUIRED });
});
export type FicheSendInput = z.input<typeof ZFicheSend>;
export type FicheSend = z.output<typeof ZFicheSend>;

export const EMPTY_FICHE_FORM: FicheSendInput = {
  nom: "", prenom: "", dateNaissance: "", telephone: "", email: "", disponibilites: "", adresse: "", quartier: "",
  motifs: [], motifPrecision: "", urgence: "NORMALE", consentement: false,
};

export const ZFicheRef = z.object({ ficheId });

export const ZFicheEvaluation = z.object({
  ficheId,
  evaluationNotes: requiredText("Le compte rendu du premier contact", 5_000),
  droitsNonOuverts: z.array(z.enum(keys(DROIT_OUVERT_LABELS), { error: "Droit inconnu." }), { error: "Droits : liste attendue." })
    .max(20).transform((v) => [...new Set(v)]),
});
export type FicheEvaluationInput = z.input<typeof ZFicheEvaluation>;

export const ZFicheLink = z.object({ ficheId, usagerId: z.uuid({ error: "Choisissez un dossier." }) });

/** The dossier created from a fiche: what the fiche knows, checked as the usager form checks it. */
export const ZFicheDossier = z.object({
  ficheId,
  nom: requiredText("Le nom"),
  prenom: requiredText("Le prénom"),
  dateNaissance: pastDate("La date de naissance"),
  telephone: optionalPhone,
  email: optionalEmail,
  adresse: optionalText("L'adresse", 300),
  quartier: optionalText("Le quartier", 100),
  confirmNotDuplicate: z.boolean().default(false),
});
export type FicheDossierInput = z.input<typeof ZFicheDossier>;

export const ZFicheAssign = z.object({ ficheId, assigneeId: z.uuid({ error: "Choisissez un travailleur social." }) });

export const ZFicheRdv = z.object({
  ficheId,
  date: z.string({ error: "Date du rendez-vous : date attendue." }).regex(/^\d{4}-\d{2}-\d{2}$/, "Saisissez la date du rendez-vous."),
  heure: z.string({ error: "Heure du rendez-vous : heure attendue." }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Saisissez l'heure du rendez-vous (hh:mm)."),
  lieu: z.enum(keys(RDV_LIEU_LABELS), { error: "Lieu : choisissez une valeur de la liste." }),
  lieuPrecision: optionalText("La précision du lieu", 200),
});
export type FicheRdvInput = z.input<typeof ZFicheRdv>;

export const ZFicheReorient = z.object({ ficheId, vers: requiredText("Le service vers lequel la personne est réorientée", 200) });

export const ZFicheClose = z.object({
  ficheId,
  motif: z.enum(keys(FICHE_CLOTURE_LABELS), { error: "Choisissez le motif de clôture." }),
});
