export const CANAL_LABELS = {
  BUREAU: "Bureau", VISITE_A_DOMICILE: "Visite à domicile", TELEPHONE: "Téléphone",
  PERMANENCE_MAIRIE: "Permanence en mairie de quartier", PERMANENCE: "Permanence sans rendez-vous", COURRIER_EMAIL: "Courrier ou e-mail", VISIO: "Visioconférence",
} as const;

export const DOMAINE_LABELS = {
  ACCES_AUX_DROITS: "Accès aux droits", BUDGET: "Budget", LOGEMENT: "Logement", SANTE: "Santé",
  EMPLOI_INSERTION: "Emploi, insertion", FAMILLE_PARENTALITE: "Famille, parentalité", MOBILITE: "Mobilité", ISOLEMENT: "Isolement",
} as const;
