// French labels of the fiche de liaison enums, and the consent wording shown to the agent.
export const FICHE_STATUS_LABELS = {
  ENVOYEE: "Envoyée", RECUE: "Reçue", EN_COURS: "En cours", RDV_FIXE: "RDV fixé", REORIENTEE: "Réorientée", CLOTUREE: "Clôturée",
} as const;
export type FicheStatus = keyof typeof FICHE_STATUS_LABELS;

export const FICHE_URGENCE_LABELS = { NORMALE: "Normale", PRIORITAIRE: "Prioritaire", URGENTE: "Urgente" } as const;
export type FicheUrgence = keyof typeof FICHE_URGENCE_LABELS;

export const FICHE_MOTIF_LABELS = {
  ACCES_AUX_DROITS: "Accès aux droits", BUDGET_DETTES: "Budget, dettes", LOGEMENT: "Logement", SANTE: "Santé",
  FAMILLE: "Famille", EMPLOI: "Emploi", ISOLEMENT: "Isolement", AUTRE: "Autre",
} as const;
export type FicheMotif = keyof typeof FICHE_MOTIF_LABELS;

export const FICHE_CLOTURE_LABELS = {
  CONTACT_IMPOSSIBLE: "Contact impossible", SITUATION_REGLEE: "Situation réglée", REFUS_PERSONNE: "Refus de la personne",
} as const;
export type FicheCloture = keyof typeof FICHE_CLOTURE_LABELS;

export const RDV_LIEU_LABELS = {
  MAISON_DES_SOLIDARITES: "Maison des Solidarités", MAIRIE_DE_QUARTIER: "Mairie de quartier", DOMICILE: "À domicile",
} as const;
export type RdvLieu = keyof typeof RDV_LIEU_LABELS;

/**
 * Read to the person and ticked by the agent; stored with each fiche as shown (consentementTexte),
 * so a later change of wording does not change what a past person agreed to.
 */
export const CONSENTEMENT_TEXTE =
  "La personne a été informée que ces informations sont transmises au CCAS pour qu'un travailleur social la recontacte, et elle a donné son accord à cette transmission.";

/** The outcome the agent may see: the category, never the content of the evaluation. */
export function outcomeLabel(f: { status: FicheStatus; reorienteeVers: string | null; motifCloture: FicheCloture | null }): string | null {
  switch (f.status) {
    case "RDV_FIXE":
      return "Rendez-vous fixé";
    case "REORIENTEE":
      return f.reorienteeVers ? `Réorientée vers ${f.reorienteeVers}` : "Réorientée";
    case "CLOTUREE":
      return f.motifCloture ? `Clôturée : ${FICHE_CLOTURE_LABELS[f.motifCloture].toLowerCase()}` : "Clôturée";
    default:
      return null;
  }
}
