export const STATUS_LABELS = { ACTIVE: "Actif", DISABLED: "Désactivé", PENDING_APPROVAL: "En attente d'approbation" } as const;
export const SITE_KIND_LABELS = {
  MAISON_DES_SOLIDARITES: "Maison des Solidarités",
  MAIRIE_DE_QUARTIER: "Mairie de quartier",
  HOTEL_DE_VILLE: "Hôtel de Ville",
  ANTENNE: "Antenne",
} as const;
