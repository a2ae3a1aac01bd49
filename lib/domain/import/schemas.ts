// The forms of an import: mapping, choices per group and per row, the job's buttons.
import { z } from "zod";
import { IMPORT_FIELD_CODES } from "./fields";
import { PARTENAIRE_FIELD_CODES } from "./partenaire-fields";
import { SHEET_FIELD_CODES, SHEET_ROLES, type SheetRole } from "./sheet-fields";

export const IMPORT_CHOICES = {
  CREATE: "Créer un nouveau dossier",
  UPDATE_EMPTY: "Mettre à jour : compléter les champs vides",
  UPDATE_OVERWRITE: "Mettre à jour : remplacer les champs du fichier",
  SKIP: "Ignorer",
} as const;
export type ImportChoice = keyof typeof IMPORT_CHOICES;

/** What each group may become. */
export const GROUP_CHOICES = {
  NEW: ["CREATE", "SKIP"],
  MATCH: ["UPDATE_EMPTY", "UPDATE_OVERWRITE", "CREATE", "SKIP"],
  FILE_DUPLICATE: ["SKIP", "CREATE"],
  ERROR: ["SKIP"],
} as const satisfies Record<string, readonly ImportChoice[]>;
export type ImportGroup = keyof typeof GROUP_CHOICES;
export const DEFAULT_GROUP_CHOICES: Record<ImportGroup, ImportChoice> = { NEW: "CREATE", MATCH: "UPDATE_EMPTY", FILE_DUPLICATE: "SKIP", ERROR: "SKIP" };

const jobId = z.uuid({ error: "Import inconnu." });
const choice = (group: ImportGroup) =>
  z.enum(GROUP_CHOICES[group] as unknown as [ImportChoice, ...ImportChoice[]], { error: "Choisissez une valeur de la liste." });

export const ZImportMapping = z.object({
  jobId,
  // The dossiers' fields or the annuaire's: the command checks them against the job's kind.
  columns: z.array(z.union([z.enum([...new Set([...IMPORT_FIELD_CODES, ...PARTENAIRE_FIELD_CODES])] as [string, ...string[]]), z.literal("")], { error: "Champ inconnu : choisissez dans la liste." }), { error: "Associez chaque colonne." }).max(200),
  saveForNext: z.boolean().default(false),
});

export const ZImportSheetMapping = z.object({
  jobId,
  sheet: z.coerce.number({ error: "Feuille inconnue." }).int({ error: "Feuille inconnue." }).min(1, { error: "Feuille inconnue." }).max(50, { error: "Feuille inconnue." }),
  role: z.union([z.enum(Object.keys(SHEET_ROLES) as [SheetRole, ...SheetRole[]]), z.literal("")], { error: "Choisissez ce que contient la feuille." }),
  columns: z.array(z.union([z.enum(SHEET_FIELD_CODES as [string, ...string[]]), z.literal("")], { error: "Champ inconnu : choisissez dans la liste." }), { error: "Associez chaque colonne." }).max(200),
});

export const ZGroupChoices = z.object({ jobId, NEW: choice("NEW"), MATCH: choice("MATCH"), FILE_DUPLICATE: choice("FILE_DUPLICATE") });

export const ZRowChoice = z.object({
  jobId,
  rowId: z.uuid({ error: "Ligne inconnue." }),
  choice: z.union([z.enum(["CREATE", "UPDATE_EMPTY", "UPDATE_OVERWRITE", "SKIP"]), z.literal("")], { error: "Choisissez une valeur de la liste." }),
});

export const ZImportJobRef = z.object({ jobId });

export const GROUP_LABELS: Record<ImportGroup, string> = {
  NEW: "Nouveaux dossiers", MATCH: "Dossiers déjà connus", FILE_DUPLICATE: "Doublons dans le fichier", ERROR: "Lignes en erreur",
};
/** The same groups, for the annuaire's import. */
export const PARTENAIRE_GROUP_LABELS: Record<ImportGroup, string> = {
  NEW: "Nouveaux services", MATCH: "Déjà dans l'annuaire", FILE_DUPLICATE: "Doublons dans le fichier", ERROR: "Lignes en erreur",
};
/** The same groups, for a members or contacts sheet. */
export const SHEET_GROUP_LABELS: Record<ImportGroup, string> = {
  NEW: "À ajouter", MATCH: "Déjà dans le dossier", FILE_DUPLICATE: "Doublons dans la feuille", ERROR: "Lignes en erreur",
};
export const OUTCOME_LABELS = { CREATED: "Créé", UPDATED: "Mis à jour", UNCHANGED: "Inchangé", SKIPPED: "Ignoré", ERROR: "Erreur" } as const;
export type ImportOutcome = keyof typeof OUTCOME_LABELS;
export const STATUS_LABELS = {
  MAPPING: "Colonnes à associer", PREVIEW: "Aperçu à vérifier", RUNNING: "Import en cours", FAILED: "Interrompu", DONE: "Terminé", CANCELLED: "Abandonné",
} as const;
