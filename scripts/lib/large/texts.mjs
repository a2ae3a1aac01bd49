// Short texts of the large seed, in the words social workers use. Each entretien pairs its
// objets with a résumé on the same subject, so that a page of the dossier reads as a real one.
// Every person named or implied is generated.

/** [objets (a PostgreSQL array literal of DomaineSocial), résumé]. */
export const ENTRETIEN_TEXTS = [
  ["{ACCES_AUX_DROITS}", "Point sur les droits CAF : dossier de prime d'activité complété ensemble, pièces manquantes listées."],
  ["{ACCES_AUX_DROITS}", "Renouvellement de la complémentaire santé solidaire fait en ligne avec la personne."],
  ["{ACCES_AUX_DROITS}", "Demande de RSA : simulation faite, rendez-vous pris avec la CAF pour l'ouverture des droits."],
  ["{ACCES_AUX_DROITS,SANTE}", "Dossier MDPH à constituer : certificat médical demandé au médecin traitant."],
  ["{BUDGET}", "Budget revu ligne par ligne : reste à vivre très faible, priorité au loyer et à l'énergie."],
  ["{BUDGET}", "Échéancier négocié avec le fournisseur d'électricité, premier versement la semaine prochaine."],
  ["{BUDGET}", "Point sur le dossier de surendettement : la commission a déclaré le dossier recevable."],
  ["{BUDGET,LOGEMENT}", "Impayés de loyer de trois mois : saisine du FSL envisagée, contact pris avec le bailleur."],
  ["{BUDGET,ACCES_AUX_DROITS}", "Demande d'aide alimentaire instruite pour la commission du mois, bons remis en attendant."],
  ["{LOGEMENT}", "Demande de logement social renouvelée, numéro unique vérifié, souhaits de quartier mis à jour."],
  ["{LOGEMENT}", "Visite à domicile : logement humide, signalement à faire au service hygiène de la mairie."],
  ["{LOGEMENT}", "Commandement de quitter les lieux reçu : orientation vers la permanence juridique et le SIAO."],
  ["{LOGEMENT,FAMILLE_PARENTALITE}", "Hébergée chez sa sœur avec ses deux enfants, demande d'hébergement d'urgence transmise."],
  ["{SANTE}", "Accompagnement vers le centre de santé, rendez-vous pris pour un bilan."],
  ["{SANTE,ISOLEMENT}", "Personne âgée isolée, chute récente : mise en place du portage de repas et de la téléassistance."],
  ["{EMPLOI_INSERTION}", "Inscription à France Travail faite, CV repris ensemble, atelier numérique proposé."],
  ["{EMPLOI_INSERTION,MOBILITE}", "Formation qualifiante trouvée, aide au permis de conduire à demander."],
  ["{FAMILLE_PARENTALITE}", "Séparation récente : démarches pour la pension alimentaire et l'ASF expliquées."],
  ["{FAMILLE_PARENTALITE}", "Inscription des enfants à la cantine au tarif social, dossier transmis à la mairie."],
  ["{MOBILITE}", "Tarification solidaire des transports demandée, carte à retirer en agence."],
  ["{ISOLEMENT}", "Appel de suivi : moral meilleur, participation à l'atelier du centre social le jeudi."],
  ["{ISOLEMENT,SANTE}", "Visite avec l'infirmière du CCAS, pas de signe d'urgence, nouvel appel dans quinze jours."],
  ["{ACCES_AUX_DROITS,BUDGET}", "Déclaration trimestrielle RSA oubliée : régularisation faite, rappel des échéances."],
  ["{LOGEMENT,BUDGET}", "Dossier FSL accès déposé pour le dépôt de garantie du nouveau logement."],
];

export const CANALS = [
  "BUREAU", "BUREAU", "BUREAU", "BUREAU", "TELEPHONE", "TELEPHONE", "TELEPHONE", "VISITE_A_DOMICILE",
  "PERMANENCE_MAIRIE", "PERMANENCE_MAIRIE", "COURRIER_EMAIL", "VISIO",
];

export const SUITES = [
  "Rappeler la CAF pour l'avancement du dossier.", "Vérifier la réponse du bailleur.", "Relancer la personne pour les pièces.",
  "Préparer le passage en commission.", "Faire le point après le rendez-vous médical.",
];

export const NOTE_CONFIDENTIELLE = "Éléments confiés oralement, à ne pas transmettre.";

export const FICHE_DISPONIBILITES = ["Le matin", "L'après-midi après 14 h", "Le mercredi", "Joignable à toute heure", "En fin de journée"];

export const FICHE_MOTIF_SETS = [
  "{ACCES_AUX_DROITS}", "{BUDGET_DETTES}", "{LOGEMENT}", "{SANTE}", "{FAMILLE}", "{EMPLOI}", "{ISOLEMENT}",
  "{BUDGET_DETTES,LOGEMENT}", "{ACCES_AUX_DROITS,BUDGET_DETTES}", "{ISOLEMENT,SANTE}", "{AUTRE}",
];

export const CONSENTEMENT = "La personne a donné son accord pour que ces informations soient transmises au CCAS, qui la recontactera.";

export const REORIENTATIONS = ["Maison Nord Solidarités", "PMI de secteur", "France Travail", "Point conseil budget", "Permanence d'accès aux droits"];

export const DIAGNOSTIC_CONCLUSIONS = [
  "Situation budgétaire tendue mais stabilisée ; accompagnement budgétaire proposé.",
  "Difficultés de logement prioritaires ; orientation vers le SIAO et suivi rapproché.",
  "Droits incomplets ; ouverture des droits en cours, point dans un mois.",
  "Isolement important ; lien avec le centre social et visites régulières.",
];

export const ORIENTATION_MOTIFS = [
  "Évaluation d'une information préoccupante par le service social départemental.",
  "Accompagnement vers l'emploi renforcé.", "Demande d'APA à domicile.", "Accès à un logement adapté.",
  "Suivi de grossesse et de l'enfant par la PMI.", "Aide juridique sur une procédure d'expulsion.",
];

export const PARTENAIRES = [
  ["Maison Nord Solidarités", "Département du Nord", "SERVICE_SOCIAL_DEPARTEMENT"],
  ["PMI de secteur", "Département du Nord", "PMI"],
  ["Aide sociale à l'enfance", "Département du Nord", "PROTECTION_ENFANCE"],
  ["France Travail", "France Travail", "INSERTION_EMPLOI"],
  ["Mission locale", "Mission locale de la métropole", "INSERTION_EMPLOI"],
  ["Relais autonomie", "Département du Nord", "AUTONOMIE"],
  ["SIAO", "SIAO du Nord", "LOGEMENT_HEBERGEMENT"],
  ["ADIL", "ADIL du Nord", "LOGEMENT_HEBERGEMENT"],
  ["Centre de santé", "Centre de santé municipal", "SANTE"],
  ["CPAM", "Assurance maladie", "ACCES_AUX_DROITS"],
  ["Restos du cœur", "Les Restaurants du cœur", "ASSOCIATION_CARITATIVE"],
  ["Secours populaire", "Secours populaire français", "ASSOCIATION_CARITATIVE"],
];
