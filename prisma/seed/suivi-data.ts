// French wording of the demo suivi social: plan templates per type of accompagnement, creditors,
// places, motifs. Generated situations, never real people; kept factual, as a dossier must be.
import type { AccompagnementType, AideType } from "@/lib/generated/prisma/enums";

export type ObjectifTemplate = { libelle: string; actions: { libelle: string; porteur: string }[] };

const PERSONNE = "La personne";
const TS = "La travailleuse sociale";
const ENSEMBLE = "La personne et la travailleuse sociale";

export const PLAN_TEMPLATES: Record<AccompagnementType, ObjectifTemplate[]> = {
  INDIVIDUEL: [
    { libelle: "Ouvrir l'ensemble des droits", actions: [
      { libelle: "Constituer le dossier de complémentaire santé solidaire", porteur: ENSEMBLE },
      { libelle: "Faire la demande de prime d'activité en ligne", porteur: PERSONNE },
      { libelle: "Vérifier les droits à l'aide au logement auprès de la CAF", porteur: TS },
    ] },
    { libelle: "Retrouver une autonomie dans les démarches administratives", actions: [
      { libelle: "Créer un espace personnel sur le site de la CAF", porteur: PERSONNE },
      { libelle: "Classer les courriers dans un classeur par organisme", porteur: PERSONNE },
      { libelle: "Atelier numérique à la médiathèque (4 séances)", porteur: "Conseiller numérique" },
    ] },
    { libelle: "Engager un parcours d'insertion professionnelle", actions: [
      { libelle: "Rendez-vous avec la conseillère France Travail", porteur: PERSONNE },
      { libelle: "Inscription à l'atelier CV du PLIE", porteur: TS },
      { libelle: "Recherche d'un mode de garde pour le plus jeune enfant", porteur: ENSEMBLE },
    ] },
    { libelle: "Rompre l'isolement", actions: [
      { libelle: "Présenter le centre social du quartier", porteur: TS },
      { libelle: "Participer à une activité collective hebdomadaire", porteur: PERSONNE },
    ] },
    { libelle: "Accéder aux soins", actions: [
      { libelle: "Déclarer un médecin traitant", porteur: PERSONNE },
      { libelle: "Orienter vers la PASS de l'hôpital pour un bilan", porteur: TS },
    ] },
  ],
  BUDGETAIRE: [
    { libelle: "Stabiliser le budget mensuel", actions: [
      { libelle: "Établir le budget prévisionnel avec les justificatifs", porteur: ENSEMBLE },
      { libelle: "Ouvrir un compte séparé pour les charges fixes", porteur: PERSONNE },
      { libelle: "Mettre en place le prélèvement mensualisé de l'énergie", porteur: PERSONNE },
    ] },
    { libelle: "Traiter les dettes", actions: [
      { libelle: "Lister les créanciers et les montants restant dus", porteur: ENSEMBLE },
      { libelle: "Négocier un échéancier avec le fournisseur d'énergie", porteur: TS },
      { libelle: "Demander une remise gracieuse au Trésor public", porteur: PERSONNE },
      { libelle: "Constituer le dossier de surendettement", porteur: ENSEMBLE },
    ] },
    { libelle: "Prévenir les nouveaux impayés", actions: [
      { libelle: "Résilier les abonnements non utilisés", porteur: PERSONNE },
      { libelle: "Faire le point mensuel sur les relevés de compte", porteur: ENSEMBLE },
    ] },
  ],
  LOGEMENT: [
    { libelle: "Résorber la dette locative", actions: [
      { libelle: "Prendre contact avec le bailleur pour un plan d'apurement", porteur: TS },
      { libelle: "Déposer une demande FSL maintien", porteur: TS },
      { libelle: "Reprendre le paiement du loyer courant", porteur: PERSONNE },
    ] },
    { libelle: "Suivre la procédure d'expulsion", actions: [
      { libelle: "Saisir la CCAPEX", porteur: TS },
      { libelle: "Préparer l'audience avec l'avocat de l'aide juridictionnelle", porteur: PERSONNE },
      { libelle: "Demander des délais au juge des contentieux de la protection", porteur: PERSONNE },
    ] },
    { libelle: "Accéder à un logement adapté", actions: [
      { libelle: "Renouveler la demande de logement social", porteur: PERSONNE },
      { libelle: "Présenter le dossier en commission d'attribution", porteur: TS },
      { libelle: "Demander l'aide à l'installation (FSL accès)", porteur: TS },
    ] },
  ],
  ERRANCE: [
    { libelle: "Sécuriser une mise à l'abri", actions: [
      { libelle: "Appeler le 115 chaque matin", porteur: PERSONNE },
      { libelle: "Déposer la demande SIAO", porteur: TS },
      { libelle: "Orienter vers l'accueil de jour pour les repas et la douche", porteur: TS },
    ] },
    { libelle: "Retrouver une adresse et des papiers", actions: [
      { libelle: "Élire domicile auprès d'un organisme agréé", porteur: ENSEMBLE },
      { libelle: "Refaire la carte d'identité", porteur: PERSONNE },
      { libelle: "Ouvrir un compte bancaire (droit au compte)", porteur: TS },
    ] },
    { libelle: "Ouvrir les droits de base", actions: [
      { libelle: "Demander le RSA", porteur: ENSEMBLE },
      { libelle: "Demander la complémentaire santé solidaire", porteur: TS },
    ] },
  ],
};

export const CREANCIERS = [
  "EDF", "Engie", "TotalEnergies", "Veolia Eau", "Orange", "SFR", "Free", "Bouygues Telecom", "Cofidis", "Cetelem",
  "Floa Bank", "Trésor public (impôts)", "Trésor public (amendes)", "CAF du Nord (indu)", "France Travail (trop-perçu)",
  "Vilogia (arriérés de loyer)", "Partenord Habitat (arriérés de loyer)", "Cantine scolaire", "Assurance auto",
] as const;

export const LIEUX_DE_VIE = [
  "Rue, secteur de la gare Lille-Flandres", "Tente, berges de la Deûle", "Voiture stationnée dans le quartier de Fives",
  "Hébergé·e chez des connaissances, en alternance", "Squat, quartier de Moulins", "Abri de nuit, par le 115",
  "Caravane sur un terrain privé à Lomme",
] as const;
export const DOMICILIATIONS = ["CCAS de Démo", "ABEJ Solidarité", "La Sauvegarde du Nord", "Secours catholique, accueil de jour"] as const;
export const LIEUX_MARAUDE = [
  "Parvis de la gare Lille-Flandres", "Place de la République", "Rue Nationale", "Berges de la Deûle", "Porte de Douai",
  "Marché de Wazemmes", "Parc Jean-Baptiste Lebas",
] as const;
export const OBSERVATIONS_MARAUDE = [
  "Personne rencontrée, orientée vers l'accueil de jour.", "Remise d'un duvet et d'un kit d'hygiène.",
  "Rappel du rendez-vous au CCAS de la semaine prochaine.", "La personne signale ne pas avoir obtenu de place par le 115.",
  "Échange bref, la personne ne souhaite pas d'aide ce jour.", "Accompagnement physique jusqu'à l'accueil de jour.",
] as const;

export const FSL_DOSSIERS = [
  "FSL maintien déposé, en attente de la commission", "FSL maintien accordé (subvention et prêt)", "FSL accès accordé",
  "FSL énergie accordé", "FSL maintien refusé (reprise du loyer courant insuffisante)",
] as const;

export const MOTIFS_REFUS = [
  "Ressources supérieures au barème du règlement des aides facultatives.",
  "Demande hors du champ du règlement des aides facultatives.",
  "Aide déjà accordée pour le même objet dans les douze derniers mois.",
  "Dossier incomplet après relance.",
  "Orientation vers le FSL, compétent pour cette demande.",
] as const;
export const MOTIFS_AJOURNEMENT = [
  "Pièces justificatives manquantes (avis d'imposition).", "Dans l'attente de la décision du FSL.",
  "Dans l'attente de l'ouverture des droits par la CAF.",
] as const;

/** Object of the request and the usual range asked, in euros, per type of aid. */
export const AIDE_OBJETS: Record<AideType, { objets: string[]; min: number; max: number; round: number }> = {
  ALIMENTAIRE: { objets: ["Bons alimentaires", "Carte d'achat alimentaire", "Colis d'urgence"], min: 40, max: 250, round: 10 },
  ENERGIE: { objets: ["Facture d'électricité impayée", "Facture de gaz", "Livraison de fioul"], min: 90, max: 650, round: 0 },
  EAU: { objets: ["Facture d'eau impayée"], min: 60, max: 380, round: 0 },
  LOGEMENT: { objets: ["Rappel de loyer", "Dépôt de garantie", "Frais d'installation (électroménager)"], min: 200, max: 1_500, round: 10 },
  TRANSPORT: { objets: ["Abonnement transports en commun", "Réparation du véhicule pour aller au travail", "Billet de train (démarches)"], min: 30, max: 450, round: 5 },
  SANTE: { objets: ["Reste à charge de lunettes", "Prothèse dentaire", "Frais de pharmacie non remboursés"], min: 40, max: 650, round: 5 },
  SCOLARITE_ENFANCE: { objets: ["Cantine scolaire", "Fournitures scolaires", "Voyage scolaire", "Centre de loisirs"], min: 40, max: 320, round: 5 },
  AUTRE: { objets: ["Frais d'obsèques (participation)", "Frais de dossier de titre de séjour", "Équipement de première nécessité"], min: 50, max: 600, round: 10 },
};
