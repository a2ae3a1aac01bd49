// French labels of the courriers feature: what a letter is generated from, the built-in letters,
// how a letter reached the person, and the limits of a template.
import { keys } from "@/lib/domain/shared/fields";

/** What a letter is generated from (and what a template of the structure is written for). */
export const SOURCE_LABELS = {
  DOSSIER: "Dossier",
  AIDE: "Aide facultative",
  RENDEZ_VOUS: "Rendez-vous",
  ORIENTATION: "Orientation",
  DOMICILIATION: "Domiciliation",
  DETTE: "Dette (accompagnement budgétaire)",
} as const;
export type CourrierSource = keyof typeof SOURCE_LABELS;
export const SOURCES = keys(SOURCE_LABELS);

export const ENVOI_MODE_LABELS = {
  REMIS_EN_MAIN_PROPRE: "Remis en main propre",
  POSTE: "Posté",
  EMAIL: "Envoyé par e-mail",
} as const;
export type EnvoiMode = keyof typeof ENVOI_MODE_LABELS;
export const ENVOI_MODES = keys(ENVOI_MODE_LABELS);

/** The built-in letters, ready on day one, each for one kind of record. */
export const BUILTIN_LETTERS = {
  "aide-accord": { titre: "Notification d'accord d'aide", source: "AIDE" },
  "aide-refus": { titre: "Notification de refus d'aide", source: "AIDE" },
  "aide-ajournement": { titre: "Notification d'ajournement d'aide", source: "AIDE" },
  convocation: { titre: "Convocation à un rendez-vous", source: "RENDEZ_VOUS" },
  "attestation-suivi": { titre: "Attestation de suivi", source: "DOSSIER" },
  bailleur: { titre: "Courrier au bailleur", source: "DOSSIER" },
  creancier: { titre: "Courrier au créancier", source: "DETTE" },
  orientation: { titre: "Courrier d'orientation", source: "ORIENTATION" },
  "domiciliation-attestation": { titre: "Attestation d'élection de domicile", source: "DOMICILIATION" },
  "domiciliation-refus": { titre: "Refus d'élection de domicile", source: "DOMICILIATION" },
  "domiciliation-fin": { titre: "Fin d'élection de domicile", source: "DOMICILIATION" },
} as const satisfies Record<string, { titre: string; source: CourrierSource }>;
export type BuiltinKey = keyof typeof BUILTIN_LETTERS;
export const BUILTIN_KEYS = keys(BUILTIN_LETTERS);

/** Limits of an uploaded template (lib/domain/courriers/docx-checks.ts). */
export const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;
export const MAX_LOGO_BYTES = 1024 * 1024;
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const PIECES_A_APPORTER_DEFAUT = [
  "une pièce d'identité",
  "vos derniers justificatifs de ressources (bulletins de salaire, attestation de la CAF, de France Travail…)",
  "votre dernier avis d'imposition",
  "vos factures ou échéanciers en cours (loyer, énergie…)",
].join("\n");
