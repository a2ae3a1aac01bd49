// French labels of a signalement's statuses (the inbox, its filters and the history). Plain
// values, so that client components may import them.
export const SIGNALEMENT_STATUSES = ["NOUVEAU", "EQUIPE_ENVOYEE", "RENCONTREE", "NON_TROUVEE", "LIE", "CLOS"] as const;
export type SignalementStatus = (typeof SIGNALEMENT_STATUSES)[number];

export const SIGNALEMENT_STATUS_LABELS: Record<SignalementStatus, string> = {
  NOUVEAU: "Nouveau",
  EQUIPE_ENVOYEE: "Équipe envoyée",
  RENCONTREE: "Personne rencontrée",
  NON_TROUVEE: "Personne non trouvée",
  LIE: "Lié à un dossier",
  CLOS: "Clos",
};
