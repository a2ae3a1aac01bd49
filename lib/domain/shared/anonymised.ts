// What anonymisation writes in place of what it removes (lib/domain/dossier/anonymise.ts).

/** What replaces a required free text. */
export const ANONYMISED_TEXT = "[anonymisé]";
export const ANONYMISED_NOM = "ANONYMISÉ";
export const ANONYMISED_PRENOM = "Dossier";
