// Texts of the demo fiches de liaison: short and factual, as an agent and a worker would write
// them. Every person and situation is generated.
import type { FicheMotif } from "@/lib/domain/fiches/labels";

/** Agents of the other mairies de quartier (the demo has one account, at Fives). */
export const EXTRA_AGENTS = [
  { email: "agent.wazemmes@demo.passerelle.fr", firstName: "Karim", lastName: "Haddouche", site: "Mairie de quartier de Wazemmes" },
  { email: "agent.moulins@demo.passerelle.fr", firstName: "Sophie", lastName: "Delcourt", site: "Mairie de quartier de Moulins" },
  { email: "agent.lille-sud@demo.passerelle.fr", firstName: "Marc", lastName: "Vandamme", site: "Mairie de quartier de Lille-Sud" },
  { email: "agent.bethune@demo.passerelle.fr", firstName: "Fatima", lastName: "Benhadj", site: "Mairie de quartier de Faubourg de Béthune" },
] as const;

export const PRECISIONS: Record<FicheMotif, readonly string[]> = {
  ACCES_AUX_DROITS: ["Ne sait pas faire sa demande de CSS en ligne", "Dossier de retraite incomplet", "Perte de droits CAF depuis un déménagement"],
  BUDGET_DETTES: ["Facture d'énergie impayée, relance reçue", "Plusieurs crédits en cours, n'arrive plus à payer", "Courrier d'un huissier apporté à l'accueil"],
  LOGEMENT: ["Retard de loyer de deux mois", "Demande de logement social à renouveler", "Logement humide, enfants malades selon la personne"],
  SANTE: ["Sortie d'hospitalisation prévue, vit seul·e", "Besoin d'aide pour les démarches de soins"],
  FAMILLE: ["Séparation récente, deux enfants à charge", "Questions sur la garde et la pension alimentaire"],
  EMPLOI: ["Fin de droits au chômage le mois prochain", "Cherche une formation, sans inscription à France Travail"],
  ISOLEMENT: ["Personne âgée seule, ne sort plus", "Voisin·e inquiet·e, la personne accepte d'être appelée"],
  AUTRE: ["Demande de domiciliation", "Aide pour un courrier administratif"],
};

export const DISPONIBILITES = ["Le matin", "L'après-midi", "Après 17 h", "Tous les jours sauf le mercredi", "Plutôt par téléphone, le midi"];

export const EVALUATIONS = [
  "Premier appel : la personne confirme la demande. Situation budgétaire à étudier lors d'un rendez-vous.",
  "Joint·e par téléphone. Droits CAF à vérifier, pièces à apporter au rendez-vous.",
  "Appel : difficulté de paiement du loyer, bailleur informé par la personne. Rendez-vous proposé.",
  "Échange téléphonique : la personne souhaite un accompagnement pour ses démarches administratives.",
  "Premier contact : besoin principal d'accès aux droits ; pas d'urgence immédiate.",
  "Appel de la personne au CCAS. Situation relevant d'un autre service, informée de la réorientation.",
];

export const REORIENTATIONS = [
  "Maison Nord Solidarités (service social départemental)", "PMI du secteur", "Mission locale de Lille",
  "CAF du Nord, point d'accueil", "Point conseil budget", "CLIC (coordination gérontologique)",
];
