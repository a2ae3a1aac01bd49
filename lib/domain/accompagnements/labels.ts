// French labels of the accompagnement enums, shown on screen and in the timeline.
export const ACCOMPAGNEMENT_TYPE_LABELS = {
  INDIVIDUEL: "Accompagnement social individualisé",
  BUDGETAIRE: "Accompagnement budgétaire",
  LOGEMENT: "Accompagnement logement",
  ERRANCE: "Accompagnement des personnes en errance",
} as const;
export type AccompagnementType = keyof typeof ACCOMPAGNEMENT_TYPE_LABELS;

/** Short form for tables and badges. */
export const ACCOMPAGNEMENT_TYPE_SHORT = {
  INDIVIDUEL: "Individuel", BUDGETAIRE: "Budgétaire", LOGEMENT: "Logement", ERRANCE: "Errance",
} as const;

export const ACCOMPAGNEMENT_STATUS_LABELS = {
  PROPOSE: "Proposé", EN_COURS: "En cours", SUSPENDU: "Suspendu", CLOS: "Clos",
} as const;
export type AccompagnementStatus = keyof typeof ACCOMPAGNEMENT_STATUS_LABELS;

export const ACCOMPAGNEMENT_STATUS_TONES = {
  PROPOSE: "info", EN_COURS: "success", SUSPENDU: "warning", CLOS: undefined,
} as const;

/** Why an accompagnement ends. Stored as the label (with the optional précision) in motifCloture. */
export const MOTIF_CLOTURE_LABELS = {
  OBJECTIFS_ATTEINTS: "Objectifs atteints",
  FIN_DE_DUREE: "Fin de la durée prévue",
  REFUS_PERSONNE: "Refus de la personne",
  ABANDON: "Abandon ou perte de contact",
  ORIENTATION: "Orientation vers un autre service",
  DEMENAGEMENT: "Déménagement hors du territoire",
  AUTRE: "Autre motif",
} as const;
export type MotifCloture = keyof typeof MOTIF_CLOTURE_LABELS;

export const PLAN_ACTION_STATUS_LABELS = {
  A_FAIRE: "À faire", EN_COURS: "En cours", FAITE: "Faite", ABANDONNEE: "Abandonnée",
} as const;
export type PlanActionStatus = keyof typeof PLAN_ACTION_STATUS_LABELS;

export const SURENDETTEMENT_LABELS = {
  AUCUN: "Aucun dossier",
  EN_PREPARATION: "Dossier en préparation",
  DEPOSE: "Dossier déposé à la Banque de France",
  RECEVABLE: "Dossier déclaré recevable",
  PLAN_CONVENTIONNEL: "Plan conventionnel de redressement",
  MESURES_IMPOSEES: "Mesures imposées",
  RETABLISSEMENT_PERSONNEL: "Rétablissement personnel",
  IRRECEVABLE: "Dossier irrecevable",
} as const;
export type Surendettement = keyof typeof SURENDETTEMENT_LABELS;

/** Stages of an eviction procedure, in legal order. */
export const STADE_EXPULSION_LABELS = {
  COMMANDEMENT_DE_PAYER: "Commandement de payer",
  ASSIGNATION: "Assignation devant le tribunal",
  JUGEMENT: "Jugement (résiliation du bail)",
  COMMANDEMENT_DE_QUITTER: "Commandement de quitter les lieux",
  CONCOURS_FORCE_PUBLIQUE: "Concours de la force publique",
} as const;
export type StadeExpulsion = keyof typeof STADE_EXPULSION_LABELS;

/** SIAO request status: a free column in the database, a fixed list in the form. */
export const SIAO_STATUT_LABELS = {
  A_DEPOSER: "À déposer",
  EN_ATTENTE: "Demande en attente",
  PROPOSITION: "Proposition d'hébergement reçue",
  HEBERGE: "Hébergé·e",
  LOGE: "Logé·e",
  SANS_SUITE: "Demande sans suite",
} as const;
export type SiaoStatut = keyof typeof SIAO_STATUT_LABELS;
