// French labels of the aide enums, shown on screen and in the timeline.
export const AIDE_TYPE_LABELS = {
  ALIMENTAIRE: "Aide alimentaire",
  ENERGIE: "Énergie (électricité, gaz, fioul)",
  EAU: "Eau",
  LOGEMENT: "Logement (loyer, installation)",
  TRANSPORT: "Transport, mobilité",
  SANTE: "Santé",
  SCOLARITE_ENFANCE: "Scolarité, enfance",
  AUTRE: "Autre",
} as const;
export type AideType = keyof typeof AIDE_TYPE_LABELS;

export const AIDE_STATUS_LABELS = {
  DEMANDEE: "Demandée", EN_INSTRUCTION: "En instruction", ACCORDEE: "Accordée",
  REFUSEE: "Refusée", AJOURNEE: "Ajournée", ABANDONNEE: "Abandonnée",
} as const;
export type AideStatus = keyof typeof AIDE_STATUS_LABELS;

export const AIDE_STATUS_TONES = {
  DEMANDEE: "info", EN_INSTRUCTION: "info", ACCORDEE: "success", REFUSEE: "danger", AJOURNEE: "warning", ABANDONNEE: undefined,
} as const;

export const MODE_PAIEMENT_LABELS = {
  VIREMENT: "Virement",
  CHEQUE: "Chèque",
  BON_OU_CARTE: "Bon ou carte (alimentaire, carburant…)",
  PAIEMENT_FOURNISSEUR: "Paiement direct au fournisseur ou au bailleur",
} as const;
export type ModePaiement = keyof typeof MODE_PAIEMENT_LABELS;
