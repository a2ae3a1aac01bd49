// French labels of orientations.
export const ORIENTATION_STATUS_LABELS = {
  ENVOYEE: "Envoyée", ACCUSEE: "Réception accusée", ACCEPTEE: "Acceptée", REFUSEE: "Refusée",
  REALISEE: "Réalisée", SANS_REPONSE: "Sans réponse",
} as const;
export type OrientationStatus = keyof typeof ORIENTATION_STATUS_LABELS;

export const URGENCE_LABELS = { NORMALE: "Normale", PRIORITAIRE: "Prioritaire", URGENTE: "Urgente" } as const;
export type Urgence = keyof typeof URGENCE_LABELS;

/** What may be transmitted to the partner: nothing else ever leaves the dossier (minimisation). */
export const ELEMENT_LABELS = {
  IDENTITE_CONTACT: "Identité et coordonnées",
  COMPOSITION_FOYER: "Composition du foyer",
  RESSOURCES_CHARGES: "Ressources et charges",
  LOGEMENT: "Logement",
  DROITS_OUVERTS: "Droits ouverts",
  MESURE_PROTECTION: "Mesure de protection",
  SYNTHESE_DIAGNOSTIC: "Synthèse du diagnostic social",
} as const;
export type ElementTransmis = keyof typeof ELEMENT_LABELS;

export const ELEMENT_HINTS: Record<ElementTransmis, string> = {
  IDENTITE_CONTACT: "Date de naissance, adresse, téléphone, e-mail (le nom figure toujours).",
  COMPOSITION_FOYER: "Situation familiale, membres du foyer et leur âge.",
  RESSOURCES_CHARGES: "Ressources et charges mensuelles, en euros.",
  LOGEMENT: "Statut d'occupation et bailleur.",
  DROITS_OUVERTS: "Prestations perçues (RSA, APL, AAH…).",
  MESURE_PROTECTION: "Tutelle, curatelle, MASP… et mandataire.",
  SYNTHESE_DIAGNOSTIC: "Conclusion du dernier diagnostic social.",
};
