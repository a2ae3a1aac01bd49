// French labels of the accueil's lists (motifs, answers, queue statuses) and how a motif of the
// desk reads as a domain of the entretien it leads to.
import type { DomaineSocial } from "@/lib/generated/prisma/client";

export const MOTIF_LABELS = {
  ACCES_AUX_DROITS: "Accès aux droits", DOMICILIATION_COURRIER: "Domiciliation, courrier", AIDE_FINANCIERE: "Aide financière",
  LOGEMENT: "Logement", SANTE: "Santé", INFORMATION: "Information", AUTRE: "Autre",
} as const;
export type Motif = keyof typeof MOTIF_LABELS;

export const REPONSE_LABELS = {
  INFORMATION: "Information donnée", ORIENTATION_PARTENAIRE: "Orientation vers un partenaire", RENDEZ_VOUS: "Rendez-vous donné",
  VU_PAR_TS: "Vu par un travailleur social", COURRIER_REMIS: "Courrier remis",
} as const;
export type Reponse = keyof typeof REPONSE_LABELS;

export const SEXE_LABELS = { FEMME: "Femme", HOMME: "Homme", AUTRE: "Autre" } as const;
export const TRANCHE_AGE_LABELS = { MOINS_18: "Moins de 18 ans", DE_18_A_25: "18 à 25 ans", DE_26_A_59: "26 à 59 ans", PLUS_DE_60: "60 ans et plus" } as const;

export const FILE_STATUS_LABELS = { EN_ATTENTE: "En attente", PRIS_EN_CHARGE: "Pris·e en charge", PARTI: "Partie sans être reçue", REORIENTE: "Orientée ailleurs" } as const;
/** How an entry leaves the queue without being seen. */
export const SORTIE_LABELS = { PARTI: "La personne est partie", REORIENTE: "Orientée ailleurs" } as const;

/** The entretien prefilled from a queue entry: the motif as its domain when there is one. */
export const MOTIF_TO_DOMAINE: Partial<Record<Motif, DomaineSocial>> = {
  ACCES_AUX_DROITS: "ACCES_AUX_DROITS", AIDE_FINANCIERE: "BUDGET", LOGEMENT: "LOGEMENT", SANTE: "SANTE",
};

/** The entretien's subject prefilled from a queue entry's motif. */
export function entretienFromMotif(motif: Motif) {
  const domaine = MOTIF_TO_DOMAINE[motif];
  return { canal: "PERMANENCE" as const, objets: domaine ? [domaine] : [], objetPrecision: `Permanence sans rendez-vous : ${MOTIF_LABELS[motif].toLowerCase()}` };
}
