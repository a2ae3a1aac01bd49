// French labels of the domiciliation enums, shown on screen, in letters and in the report.
export const DOMICILIATION_STATUS_LABELS = {
  DEMANDEE: "Demande en cours", ACCORDEE: "Accordée", REFUSEE: "Refusée", TERMINEE: "Terminée",
} as const;
export type DomiciliationStatus = keyof typeof DOMICILIATION_STATUS_LABELS;
export const DOMICILIATION_STATUS_TONES = { DEMANDEE: "info", ACCORDEE: "success", REFUSEE: "danger", TERMINEE: undefined } as const;

/** CASF R.264-4: what makes a link with the commune. */
export const LIEN_COMMUNE_LABELS = {
  SEJOUR: "Séjourne sur la commune",
  ACTIVITE_PROFESSIONNELLE: "Y exerce une activité professionnelle",
  SUIVI_SOCIAL_MEDICAL: "Y bénéficie d'une action d'insertion ou d'un suivi social, médico-social ou professionnel",
  LIENS_FAMILIAUX: "Y a des liens familiaux",
  ENFANTS_SCOLARISES: "Y exerce l'autorité parentale sur un enfant scolarisé",
  AUTRE: "Autre lien",
} as const;
export type LienCommune = keyof typeof LIEN_COMMUNE_LABELS;

export const MOTIF_REFUS_LABELS = {
  ABSENCE_LIEN_COMMUNE: "Absence de lien avec la commune",
  DOSSIER_INCOMPLET: "Demande incomplète",
  DOMICILE_STABLE: "La personne dispose d'un domicile stable",
  CAPACITE_ATTEINTE: "Capacité d'accueil atteinte (orientation vers un autre organisme)",
  AUTRE: "Autre motif",
} as const;
export type MotifRefus = keyof typeof MOTIF_REFUS_LABELS;

export const MOTIF_FIN_LABELS = {
  DEMANDE_PERSONNE: "À la demande de la personne",
  LOGEMENT_STABLE: "Accès à un domicile stable",
  ABSENCE_CONTACT: "Plus de 3 mois consécutifs sans contact",
  NON_RENOUVELEE: "Non renouvelée à l'échéance",
  AUTRE: "Autre motif",
} as const;
export type MotifFin = keyof typeof MOTIF_FIN_LABELS;

export const EXPEDITEUR_LABELS = {
  ADMINISTRATION: "Administration (impôts, préfecture, mairie…)",
  ORGANISME_SOCIAL: "Organisme social (CAF, CPAM, France Travail…)",
  BANQUE_ASSURANCE: "Banque ou assurance",
  JUSTICE: "Justice",
  EMPLOYEUR: "Employeur",
  PARTICULIER: "Particulier",
  AUTRE: "Autre",
} as const;
export type Expediteur = keyof typeof EXPEDITEUR_LABELS;

export const COURRIER_STATUS_LABELS = { EN_ATTENTE: "En attente", REMIS: "Remis", RETOURNE: "Retourné à l'expéditeur" } as const;
export type CourrierStatus = keyof typeof COURRIER_STATUS_LABELS;
