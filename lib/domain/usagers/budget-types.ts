// Types of monthly resources and charges. Which charges count in the reste à vivre is a setting
// of each structure (StructureSettings.chargesRetenues); these are the defaults.
export const RESSOURCE_TYPES = {
  SALAIRE: "Salaire, revenus d'activité", RSA: "RSA", PRIME_ACTIVITE: "Prime d'activité",
  ALLOCATIONS_FAMILIALES: "Prestations familiales", AIDE_LOGEMENT: "Aide au logement (APL, ALS, ALF)",
  AAH: "AAH", RETRAITE: "Retraite, ASPA", CHOMAGE: "Allocation chômage", PENSION_ALIMENTAIRE: "Pension alimentaire reçue",
  INDEMNITES_JOURNALIERES: "Indemnités journalières", AUTRE_RESSOURCE: "Autre ressource",
} as const;
export const CHARGE_TYPES = {
  LOYER: "Loyer ou mensualité de logement", ENERGIE: "Énergie (électricité, gaz, fioul)", EAU: "Eau",
  ASSURANCE_HABITATION: "Assurance habitation", MUTUELLE: "Mutuelle", TRANSPORT: "Transport, assurance auto",
  TELEPHONE_INTERNET: "Téléphone, internet", CANTINE_GARDE: "Cantine, garde d'enfants",
  PENSION_ALIMENTAIRE_VERSEE: "Pension alimentaire versée", CREDIT: "Remboursement de crédit ou de dette",
  IMPOTS: "Impôts et taxes", AUTRE_CHARGE: "Autre charge",
} as const;
export type RessourceType = keyof typeof RESSOURCE_TYPES;
export type ChargeType = keyof typeof CHARGE_TYPES;

/** Charges usually counted by CCAS in the reste à vivre ("charges fixes"). */
export const DEFAULT_CHARGES_RETENUES: ChargeType[] = [
  "LOYER", "ENERGIE", "EAU", "ASSURANCE_HABITATION", "MUTUELLE", "TRANSPORT", "TELEPHONE_INTERNET",
  "CANTINE_GARDE", "PENSION_ALIMENTAIRE_VERSEE", "CREDIT", "IMPOTS",
];
