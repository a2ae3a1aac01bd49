// The public signalement form and the maraude's own forms, with French messages. What needs the
// database (the structure open, its communes and quartiers, the signed timestamp) is checked by
// the commands.
import { z } from "zod";
import { MAX_TEXT, optionalPhone, optionalText, requiredText } from "../shared/fields";
import { retentionMonths } from "../settings/retention-schemas";
import { SIGNALEMENT_STATUSES } from "./labels";

/** Hidden from people (CSS and aria-hidden), filled by bots that fill every field. */
export const HONEYPOT_FIELD = "siteInternet";

const email = z.string({ error: "Adresse e-mail : texte attendu." }).trim().toLowerCase()
  .max(254, "Adresse e-mail trop longue.")
  .refine((v) => v !== "", "Saisissez votre adresse e-mail : elle sert à vous dire que le signalement a été traité.")
  .refine((v) => v === "" || z.email().safeParse(v).success, "Adresse e-mail invalide, par exemple prenom.nom@exemple.fr.");

export const ZSignalementPublic = z.object({
  structureId: z.uuid({ error: "Ce formulaire ne correspond à aucune structure : rouvrez la page de signalement." }),
  jeton: z.string({ error: "Rechargez la page puis envoyez le signalement." }).max(200, "Rechargez la page puis envoyez le signalement."),
  [HONEYPOT_FIELD]: z.string({ error: "Ce champ doit rester vide." }).max(500, "Ce champ doit rester vide."),
  reporterNom: optionalText("Votre nom", 100),
  reporterTelephone: optionalPhone,
  reporterEmail: email,
  personne: requiredText("Le prénom ou une courte description de la personne", 300),
  lieu: requiredText("Le lieu où la rencontrer", 500),
  commune: requiredText("La commune", 100),
  quartier: optionalText("Le quartier", 100),
  situation: requiredText("La situation", MAX_TEXT),
});
export type SignalementPublicInput = z.input<typeof ZSignalementPublic>;
export type SignalementPublic = z.output<typeof ZSignalementPublic>;

const id = z.uuid({ error: "Signalement inconnu." });

export const ZSignalementStatusChange = z.object({
  id,
  to: z.enum(SIGNALEMENT_STATUSES, { error: "Étape : choisissez une valeur de la liste." }),
  note: optionalText("La note", MAX_TEXT),
});
export type SignalementStatusChange = z.output<typeof ZSignalementStatusChange>;

/** An existing dossier, by its number (what the professional reads on it). */
export const ZSignalementLink = z.object({
  id,
  numeroDossier: requiredText("Le numéro de dossier", 40),
});
export type SignalementLink = z.output<typeof ZSignalementLink>;

/** A new dossier for the person met: name only, birth date unknown (filled in later). */
export const ZSignalementNewDossier = z.object({
  id,
  nom: requiredText("Le nom"),
  prenom: requiredText("Le prénom"),
  confirmNotDuplicate: z.boolean({ error: "Case à cocher attendue." }).default(false),
});
export type SignalementNewDossier = z.output<typeof ZSignalementNewDossier>;

export const ZMaraudeMember = z.object({
  userId: z.uuid({ error: "Compte inconnu." }),
  maraude: z.boolean({ error: "Case à cocher attendue." }),
});

const code = z.string({ error: "Adresse de la page : texte attendu." }).trim().toLowerCase()
  .min(3, "Adresse de la page : 3 caractères au moins.").max(40, "Adresse de la page : 40 caractères au plus.")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Adresse de la page : lettres sans accents, chiffres et tirets, par exemple ccas-lille.");

export const ZSignalementSettings = z.object({
  signalementActif: z.boolean({ error: "Case à cocher attendue." }).default(false),
  signalementCode: code,
  /** One commune a line. */
  signalementCommunes: z.string({ error: "Communes : texte attendu." }).max(5_000, "Communes : 5 000 caractères au plus.")
    .transform((v) => [...new Set(v.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))])
    .refine((l) => l.length <= 100, "Communes : 100 au plus.")
    .refine((l) => l.every((c) => c.length <= 100), "Communes : 100 caractères au plus chacune.")
    // A place name: letters, digits, spaces, hyphens, apostrophes and parentheses.
    .refine((l) => l.every((c) => /^[\p{L}\p{N}][\p{L}\p{N} '’()-]*$/u.test(c)), "Communes : des noms de communes, un par ligne (lettres, chiffres, espaces, tirets, apostrophes)."),
  signalementConservationMois: retentionMonths("Durée de conservation", 1, 3, "information donnée sur la page publique"),
});
export type SignalementSettingsInput = z.input<typeof ZSignalementSettings>;
