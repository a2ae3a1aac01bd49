// French labels of the usager enums, shown on screen and in exports.
export const USAGER_STATUS_LABELS = { ACTIF: "Actif", INACTIF: "Inactif", ARCHIVE: "Archivé" } as const;
export const CIVILITE_LABELS = { MADAME: "Madame", MONSIEUR: "Monsieur" } as const;
export const SITUATION_FAMILIALE_LABELS = {
  CELIBATAIRE: "Célibataire", EN_COUPLE: "En couple (union libre)", MARIE: "Marié·e", PACSE: "Pacsé·e",
  SEPARE: "Séparé·e", DIVORCE: "Divorcé·e", VEUF: "Veuf·ve",
} as const;
export const LOGEMENT_STATUT_LABELS = {
  LOCATAIRE_PARC_SOCIAL: "Locataire du parc social", LOCATAIRE_PARC_PRIVE: "Locataire du parc privé",
  PROPRIETAIRE: "Propriétaire", HEBERGE_CHEZ_UN_TIERS: "Hébergé·e chez un tiers",
  HEBERGEMENT_URGENCE_CHRS: "Hébergement d'urgence / CHRS", LOGEMENT_FOYER: "Logement-foyer / résidence sociale",
  SANS_DOMICILE: "Sans domicile", HABITAT_PRECAIRE: "Habitat précaire (squat, caravane…)", AUTRE: "Autre",
} as const;
export const MESURE_PROTECTION_LABELS = {
  AUCUNE: "Aucune", SAUVEGARDE_DE_JUSTICE: "Sauvegarde de justice", CURATELLE: "Curatelle simple",
  CURATELLE_RENFORCEE: "Curatelle renforcée", TUTELLE: "Tutelle", HABILITATION_FAMILIALE: "Habilitation familiale",
  MASP: "MASP (mesure d'accompagnement social personnalisé)", MAJ: "MAJ (mesure d'accompagnement judiciaire)",
} as const;
export const DROIT_OUVERT_LABELS = {
  RSA: "RSA", PRIME_ACTIVITE: "Prime d'activité", APL: "APL", ALS: "ALS", ALF: "ALF", AAH: "AAH", ASPA: "ASPA",
  CSS: "Complémentaire santé solidaire", ALLOCATIONS_FAMILIALES: "Allocations familiales",
  ASF: "Allocation de soutien familial", ARE: "Allocation chômage (ARE)", ASS: "ASS",
  PCH: "PCH", APA: "APA", INVALIDITE: "Pension d'invalidité",
} as const;
export const LIEN_FOYER_LABELS = {
  CONJOINT: "Conjoint·e", ENFANT: "Enfant", PARENT: "Parent", FRERE_SOEUR: "Frère ou sœur",
  AUTRE_FAMILLE: "Autre membre de la famille", AUTRE: "Autre",
} as const;

/** How much of a date of birth is known (people without papers: the year, or nothing). */
export const DATE_NAISSANCE_PRECISION_LABELS = { EXACTE: "Date connue", ANNEE: "Année seulement", INCONNUE: "Inconnue" } as const;
export type DateNaissancePrecision = keyof typeof DATE_NAISSANCE_PRECISION_LABELS;

/** "12/03/1980", "1980 (année seulement)" or "Inconnue", from the stored date and its precision. */
export function birthDateText(date: Date | null, precision: DateNaissancePrecision, format: (d: Date) => string): string {
  if (!date || precision === "INCONNUE") return "Inconnue";
  return precision === "ANNEE" ? `${date.getUTCFullYear()} (année seulement)` : format(date);
}

/** What the duplicate check compares of a form's birth date: the day, the year, or nothing. */
export function birthKey(v: { dateNaissancePrecision: string; dateNaissance: string; anneeNaissance: string }): string {
  if (v.dateNaissancePrecision === "EXACTE") return v.dateNaissance;
  if (v.dateNaissancePrecision === "ANNEE") return v.anneeNaissance;
  return "";
}
