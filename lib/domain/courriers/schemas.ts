// One zod schema per courriers form, shared by the browser (react-hook-form) and the server
// action, French messages. What needs the database (the record's status, a template's source)
// is checked in the commands, with the same field names.
import { z } from "zod";
import { dateUpTo } from "@/lib/domain/accompagnements/date-fields";
import { optionalEmail, optionalPhone, optionalText, requiredText } from "@/lib/domain/shared/fields";
import { BUILTIN_KEYS, ENVOI_MODES, SOURCES } from "./labels";

const optional = (label: string, max: number) => optionalText(label, max).optional().transform((v) => v ?? null);

/** Generating a letter: a built-in key ("aide-refus") or the id of a template of the structure. */
export const ZGenerateCourrier = z.object({
  source: z.enum(SOURCES, { error: "Type de dossier inconnu." }),
  sourceId: z.uuid({ error: "Élément inconnu." }),
  modele: z.union([z.enum(BUILTIN_KEYS), z.uuid()], { error: "Choisissez un modèle de courrier." }),
  /** Convocation: what to bring. */
  piecesAApporter: optional("Les pièces à apporter", 2_000),
  /** Letters to a landlord or a creditor. */
  destinataire: optional("Le destinataire", 200),
  destinataireAdresse: optional("L'adresse du destinataire", 500),
  objet: optional("L'objet", 200),
  message: optional("Le message", 5_000),
  /** The person agreed to this letter to a third party (secret professionnel, CASF L.411-3). */
  accordPersonne: z.boolean({ error: "Indiquez si la personne a donné son accord." }).optional().transform((v) => v ?? false),
});
export type GenerateCourrierInput = z.input<typeof ZGenerateCourrier>;
export type GenerateCourrier = z.output<typeof ZGenerateCourrier>;

export const ZCourrierEnvoi = z.object({
  courrierId: z.uuid({ error: "Courrier inconnu." }),
  mode: z.enum(ENVOI_MODES, { error: "Choisissez comment le courrier a été remis." }),
  le: dateUpTo("La date", 0),
  recommande: z.boolean({ error: "Indiquez s'il s'agit d'un recommandé." }).optional().transform((v) => v ?? false),
});
export type CourrierEnvoiInput = z.input<typeof ZCourrierEnvoi>;
export type CourrierEnvoi = z.output<typeof ZCourrierEnvoi>;

export const ZLetterhead = z.object({
  nom: requiredText("Le nom de la structure", 150),
  adresse: requiredText("L'adresse", 300),
  codePostal: z.string({ error: "Code postal : texte attendu." }).trim().regex(/^\d{5}$/, "Code postal invalide : 5 chiffres."),
  commune: requiredText("La commune", 100),
  telephone: optionalPhone,
  email: optionalEmail,
  signataireNom: optionalText("Le nom du signataire", 120),
  signataireFonction: optionalText("La fonction du signataire", 200),
  tribunalAdministratif: optionalText("Le tribunal administratif", 300),
  reglementAides: optionalText("Le règlement des aides", 300),
});
export type LetterheadInput = z.input<typeof ZLetterhead>;
export type LetterheadForm = z.output<typeof ZLetterhead>;

/** What comes with a template's file (the upload route reads the file itself). */
export const ZTemplateUpload = z.object({
  /** Empty for a new template; a template's id for its next version. */
  modeleId: z.union([z.literal(""), z.uuid({ error: "Modèle inconnu." })], { error: "Modèle inconnu." }).optional().transform((v) => v || null),
  nom: optionalText("Le nom du modèle", 120).optional().transform((v) => v ?? null),
  description: optionalText("La description", 500).optional().transform((v) => v ?? null),
  source: z.union([z.literal(""), z.enum(SOURCES)], { error: "Choisissez le type de dossier du modèle." }).optional().transform((v) => v || null),
}).superRefine((v, ctx) => {
  if (v.modeleId) return;
  if (!v.nom) ctx.addIssue({ code: "custom", path: ["nom"], message: "Saisissez le nom du modèle." });
  if (!v.source) ctx.addIssue({ code: "custom", path: ["source"], message: "Choisissez le type de dossier du modèle." });
});
export type TemplateUpload = z.output<typeof ZTemplateUpload>;

export const ZModeleId = z.object({ id: z.uuid({ error: "Modèle inconnu." }) });
export type ModeleId = z.output<typeof ZModeleId>;

/** A button with no field (remove the logo). */
export const ZNoInput = z.object({});
