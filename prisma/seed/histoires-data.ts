// Generated texts of the demo's long-followed dossiers (histoires.ts): never about real people.
export const RESUMES = [
  "Point sur le budget du mois : les charges fixes sont payées, reste la facture d'énergie à échelonner.",
  "La personne apporte les justificatifs demandés ; le dossier de demande de logement social est complété.",
  "Échange sur la recherche d'emploi : inscription à l'atelier CV de la Maison des Solidarités.",
  "Relance de la CAF pour la révision des droits APL suite au changement de situation.",
  "Visite à domicile : logement humide, signalement au bailleur convenu avec la personne.",
  "La personne a reçu une mise en demeure ; lecture du courrier ensemble et préparation de la réponse.",
  "Bilan de l'échéancier : deux mensualités réglées, la troisième décalée d'un mois avec l'accord du créancier.",
  "Préparation du rendez-vous à la PMI ; la personne souhaite être accompagnée la première fois.",
  "Point sur la santé : la complémentaire santé solidaire est ouverte, les soins peuvent reprendre.",
  "Entretien téléphonique : la personne signale une baisse de ressources ce mois-ci (fin de contrat).",
  "Constitution du dossier de surendettement : liste des dettes vérifiée, pièces à réunir notées.",
  "La personne a obtenu un entretien d'embauche ; point sur la garde des enfants pendant la formation.",
];
export const SUITES = ["Rappeler le bailleur.", "Envoyer le dossier complet à la commission.", "Vérifier la réponse de la CAF.", "", "", "Préparer l'entretien suivant avec les relevés de compte."];
export const CONCLUSIONS = [
  "Situation budgétaire fragile, logement à sécuriser : accompagnement budgétaire proposé et accepté.",
  "Les impayés sont résorbés à moitié ; l'accès à l'emploi devient la priorité de la personne.",
  "Situation stabilisée : ressources régulières, loyer à jour, suivi allégé à envisager.",
];
export const PLAN = [
  { libelle: "Résorber les impayés de loyer", actions: ["Établir le budget mensuel", "Négocier un échéancier avec le bailleur", "Déposer une demande au FSL", "Suivre les trois premières échéances"] },
  { libelle: "Ouvrir les droits non sollicités", actions: ["Simuler la prime d'activité", "Déposer la demande de CSS", "Mettre à jour la déclaration trimestrielle"] },
  { libelle: "Préparer le retour à l'emploi", actions: ["Atelier CV", "Inscription à France Travail", "Trouver un mode de garde"] },
];
