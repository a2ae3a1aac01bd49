// French labels of the agenda enums.
export const RDV_KIND_LABELS = {
  BUREAU: "Au bureau", PERMANENCE: "Permanence", VISITE_A_DOMICILE: "Visite à domicile", TELEPHONE: "Téléphone",
} as const;
export type RendezVousKind = keyof typeof RDV_KIND_LABELS;

export const RDV_STATUS_LABELS = {
  PREVU: "Prévu", HONORE: "Honoré", EXCUSE: "Excusé", NON_VENU: "Non venu", ANNULE: "Annulé",
} as const;
export type RendezVousStatus = keyof typeof RDV_STATUS_LABELS;

/** ISO weekday (1 = lundi) → label. */
export const JOUR_LABELS: Record<number, string> = {
  1: "Lundi", 2: "Mardi", 3: "Mercredi", 4: "Jeudi", 5: "Vendredi", 6: "Samedi", 7: "Dimanche",
};

/** The entretien channel an honoured rendez-vous of each kind prefills. */
export const KIND_TO_CANAL = {
  BUREAU: "BUREAU", PERMANENCE: "PERMANENCE_MAIRIE", VISITE_A_DOMICILE: "VISITE_A_DOMICILE", TELEPHONE: "TELEPHONE",
} as const;
