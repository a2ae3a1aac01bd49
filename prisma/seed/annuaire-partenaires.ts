// Partner directory of the demo, modelled on the public pages in shared/seeds (Maison Nord
// Solidarités and its service social de proximité, Centre Moselle Solidarités, Maisons des
// solidarités du Calvados, associations of a large northern city). Names of public services are
// generic; street numbers, phones (03 53 01 xx xx, 06 39 98 xx xx: fiction ranges) and e-mails
// (.example) are generated, so nothing points to a real desk or person.
import type { Categorie, Jour } from "@/lib/domain/annuaire/labels";

type Perm = { jour: Jour; debut: string; fin: string; lieu: string; modalites?: string };
export type PartenaireSeed = {
  nom: string; organisme: string; categorie: Categorie; adresse: string; codePostal: string; commune: string;
  telephone: string; email: string; horaires: string; notes?: string; permanences?: Perm[];
};

const NORD = "Département du Nord";
const MOSELLE = "Département de la Moselle";
const CALVADOS = "Département du Calvados";
const MNS_LM = "Maison Nord Solidarités de La Madeleine";
const MNS_HORAIRES = "Du lundi au vendredi, 8h30–12h et 13h30–17h30. Permanence sociale sans rendez-vous tous les après-midis ouvrés, 13h30–17h30.";
const SAINT_ANDRE = "67 rue du Général Leclerc, Saint-André-lez-Lille";

export const DEMO_PARTENAIRES: PartenaireSeed[] = [
  {
    nom: "Service social de proximité – MNS de La Madeleine", organisme: `${NORD} – ${MNS_LM}`, categorie: "SERVICE_SOCIAL_DEPARTEMENT",
    adresse: "14 rue du Président Pompidou", codePostal: "59110", commune: "La Madeleine", telephone: "03 53 01 10 20", email: "ssp.lamadeleine@nord.example",
    horaires: MNS_HORAIRES,
    notes: "Assistants de service social et conseillère en économie sociale et familiale : droits, budget, logement, difficultés avec un enfant. Rendez-vous possibles à domicile.",
    permanences: [
      { jour: "MARDI", debut: "09:00", fin: "11:00", lieu: SAINT_ANDRE, modalites: "sur rendez-vous, appel préalable conseillé" },
      { jour: "MARDI", debut: "09:00", fin: "11:00", lieu: `${SAINT_ANDRE} (conseillère ESF)`, modalites: "sur rendez-vous" },
    ],
  },
  {
    nom: "PMI – MNS de La Madeleine", organisme: `${NORD} – ${MNS_LM}`, categorie: "PMI",
    adresse: "14 rue du Président Pompidou", codePostal: "59110", commune: "La Madeleine", telephone: "03 53 01 10 24", email: "pmi.lamadeleine@nord.example",
    horaires: "Consultations de nourrissons sur rendez-vous du lundi au vendredi ; accueil téléphonique 9h–12h.",
    notes: "Puéricultrices, sage-femme, médecin de PMI : suivi de grossesse, enfants de 0 à 6 ans, visites à domicile après la naissance.",
    permanences: [{ jour: "JEUDI", debut: "14:00", fin: "16:30", lieu: SAINT_ANDRE, modalites: "pesée et conseils, sans rendez-vous" }],
  },
  {
    nom: "Service Enfance (ASE) – MNS de La Madeleine", organisme: `${NORD} – ${MNS_LM}`, categorie: "PROTECTION_ENFANCE",
    adresse: "14 rue du Président Pompidou", codePostal: "59110", commune: "La Madeleine", telephone: "03 53 01 10 27", email: "enfance.lamadeleine@nord.example",
    horaires: "Du lundi au vendredi, 8h30–12h et 13h30–17h30.",
    notes: "Aide éducative à domicile, accompagnement des familles, co-interventions avec le service social de proximité. Information préoccupante : passer par la CRIP.",
  },
  {
    nom: "Service social de proximité – MNS de Lille-Sud", organisme: `${NORD} – Maison Nord Solidarités de Lille-Sud`, categorie: "SERVICE_SOCIAL_DEPARTEMENT",
    adresse: "38 rue du Faubourg des Postes", codePostal: "59000", commune: "Lille", telephone: "03 53 01 11 40", email: "ssp.lillesud@nord.example",
    horaires: MNS_HORAIRES,
    permanences: [{ jour: "JEUDI", debut: "09:00", fin: "12:00", lieu: "Mairie de quartier de Moulins, Lille", modalites: "sur rendez-vous" }],
  },
  {
    nom: "PMI – MNS de Lille-Sud", organisme: `${NORD} – Maison Nord Solidarités de Lille-Sud`, categorie: "PMI",
    adresse: "38 rue du Faubourg des Postes", codePostal: "59000", commune: "Lille", telephone: "03 53 01 11 44", email: "pmi.lillesud@nord.example",
    horaires: "Consultations sur rendez-vous, du lundi au vendredi.",
    permanences: [{ jour: "MERCREDI", debut: "09:30", fin: "11:30", lieu: "Centre social du quartier, rue de Marquillies, Lille", modalites: "sans rendez-vous" }],
  },
  {
    nom: "Service social de proximité – MNS de Lille-Fives", organisme: `${NORD} – Maison Nord Solidarités de Lille-Fives`, categorie: "SERVICE_SOCIAL_DEPARTEMENT",
    adresse: "102 rue Pierre Legrand", codePostal: "59800", commune: "Lille", telephone: "03 53 01 12 60", email: "ssp.fives@nord.example",
    horaires: MNS_HORAIRES,
  },
  {
    nom: "Pôle insertion RSA – Direction territoriale de Lille", organisme: NORD, categorie: "INSERTION_EMPLOI",
    adresse: "5 rue de Courtrai", codePostal: "59000", commune: "Lille", telephone: "03 53 01 13 10", email: "insertion.lille@nord.example",
    horaires: "Du lundi au vendredi, 9h–12h et 14h–17h, sur rendez-vous.",
    notes: "Orientation et référent de parcours des allocataires du RSA, contrat d'engagement réciproque.",
  },
  {
    nom: "Service autonomie – Relais autonomie de Lille", organisme: NORD, categorie: "AUTONOMIE",
    adresse: "21 boulevard de la Liberté", codePostal: "59000", commune: "Lille", telephone: "03 53 01 13 50", email: "autonomie.lille@nord.example",
    horaires: "Du lundi au vendredi, 8h30–12h30 et 13h30–17h.",
    notes: "Personnes âgées et personnes handicapées : APA, aide ménagère, PCH, évaluation à domicile.",
    permanences: [{ jour: "LUNDI", debut: "14:00", fin: "16:00", lieu: "Maison des Solidarités Centre, 12 rue de Paris, Lille", modalites: "sur rendez-vous" }],
  },
  {
    nom: "MDPH du Nord – accueil de Lille", organisme: "Maison départementale des personnes handicapées", categorie: "AUTONOMIE",
    adresse: "9 rue de Tournai", codePostal: "59000", commune: "Lille", telephone: "03 53 01 13 70", email: "accueil.mdph@nord.example",
    horaires: "Du lundi au vendredi, 9h–16h30.",
  },
  {
    nom: "Centre Moselle Solidarités de Metz – service social", organisme: MOSELLE, categorie: "SERVICE_SOCIAL_DEPARTEMENT",
    adresse: "8 rue des Loges", codePostal: "57070", commune: "Metz", telephone: "03 53 01 20 10", email: "cms.metz@moselle.example",
    horaires: "Du lundi au vendredi, 8h30–12h et 13h30–17h.",
    notes: "Familles avec enfants : la mission enfance est départementale, le CCAS de Metz y oriente les familles.",
  },
  {
    nom: "Centre Moselle Solidarités de Metz – PMI", organisme: MOSELLE, categorie: "PMI",
    adresse: "8 rue des Loges", codePostal: "57070", commune: "Metz", telephone: "03 53 01 20 14", email: "pmi.metz@moselle.example",
    horaires: "Consultations sur rendez-vous.",
  },
  {
    nom: "Centre Moselle Solidarités de Metz – aide sociale à l'enfance", organisme: MOSELLE, categorie: "PROTECTION_ENFANCE",
    adresse: "8 rue des Loges", codePostal: "57070", commune: "Metz", telephone: "03 53 01 20 18", email: "ase.metz@moselle.example",
    horaires: "Du lundi au vendredi, 8h30–17h.",
  },
  {
    nom: "Maison des solidarités de Caen Nord – service social", organisme: CALVADOS, categorie: "SERVICE_SOCIAL_DEPARTEMENT",
    adresse: "17 avenue de la Côte de Nacre", codePostal: "14000", commune: "Caen", telephone: "03 53 01 30 10", email: "mds.caennord@calvados.example",
    horaires: "Du lundi au vendredi, 9h–12h30 et 13h30–17h.",
    notes: "Équipe pluridisciplinaire : assistantes sociales, éducateurs, CESF, sage-femme, puéricultrices.",
  },
  {
    nom: "Maison des solidarités de Caen Nord – PMI", organisme: CALVADOS, categorie: "PMI",
    adresse: "17 avenue de la Côte de Nacre", codePostal: "14000", commune: "Caen", telephone: "03 53 01 30 14", email: "pmi.caennord@calvados.example",
    horaires: "Consultations sur rendez-vous, permanence téléphonique le matin.",
    permanences: [{ jour: "VENDREDI", debut: "09:00", fin: "11:30", lieu: "Mairie annexe, place de la Mare, Caen", modalites: "sans rendez-vous" }],
  },
  {
    nom: "Maison des solidarités de Bayeux – protection de l'enfance", organisme: CALVADOS, categorie: "PROTECTION_ENFANCE",
    adresse: "3 rue Saint-Patrice", codePostal: "14400", commune: "Bayeux", telephone: "03 53 01 30 30", email: "enfance.bayeux@calvados.example",
    horaires: "Du lundi au vendredi, 9h–17h.",
  },
  {
    nom: "Maison des solidarités de Lisieux – insertion", organisme: CALVADOS, categorie: "INSERTION_EMPLOI",
    adresse: "40 boulevard Sainte-Anne", codePostal: "14100", commune: "Lisieux", telephone: "03 53 01 30 50", email: "insertion.lisieux@calvados.example",
    horaires: "Sur rendez-vous, du lundi au vendredi.",
  },
  {
    nom: "Maraude – équipe de rue", organisme: "Association Aller-Vers Métropole", categorie: "LOGEMENT_HEBERGEMENT",
    adresse: "11 rue Saint-Sauveur", codePostal: "59000", commune: "Lille", telephone: "06 39 98 10 11", email: "signalement@allervers.example",
    horaires: "Tournées tous les soirs, 19h–23h ; signalement par e-mail ou téléphone.",
    notes: "Signaler : prénom ou courte description de la personne, lieu où la rencontrer, situation.",
  },
  {
    nom: "Accueil de jour La Halte", organisme: "Association Aller-Vers Métropole", categorie: "LOGEMENT_HEBERGEMENT",
    adresse: "25 rue de Wazemmes", codePostal: "59000", commune: "Lille", telephone: "03 53 01 40 20", email: "lahalte@allervers.example",
    horaires: "Du lundi au samedi, 8h–13h : café, douches, bagagerie, domiciliation.",
  },
  {
    nom: "SIAO du Nord – 115", organisme: "Service intégré d'accueil et d'orientation", categorie: "LOGEMENT_HEBERGEMENT",
    adresse: "2 place de la Gare", codePostal: "59000", commune: "Lille", telephone: "03 53 01 40 40", email: "siao@nord.example",
    horaires: "Hébergement d'urgence : 115, jour et nuit. Demandes d'insertion par les travailleurs sociaux.",
  },
  {
    nom: "CLLAJ de la Métropole", organisme: "Comité local pour le logement autonome des jeunes", categorie: "LOGEMENT_HEBERGEMENT",
    adresse: "6 rue Jean Sans Peur", codePostal: "59000", commune: "Lille", telephone: "03 53 01 40 60", email: "contact@cllaj.example",
    horaires: "Du mardi au vendredi, 10h–17h.", notes: "Jeunes de 18 à 30 ans : recherche de logement, garanties, budget.",
  },
  {
    nom: "Épicerie solidaire Le Panier partagé", organisme: "Association Le Panier partagé", categorie: "ASSOCIATION_CARITATIVE",
    adresse: "47 rue d'Arras", codePostal: "59000", commune: "Lille", telephone: "03 53 01 50 10", email: "panier.partage@asso.example",
    horaires: "Mardi et jeudi 14h–18h, samedi 9h–12h.", notes: "Accès sur orientation d'un travailleur social, pour 3 mois renouvelables.",
  },
  {
    nom: "Centre de soins infirmiers de Wazemmes", organisme: "Association de santé de quartier", categorie: "SANTE",
    adresse: "19 rue des Sarrazins", codePostal: "59000", commune: "Lille", telephone: "03 53 01 60 10", email: "soins.wazemmes@asso.example",
    horaires: "Soins au centre du lundi au samedi, 8h–9h30 ; soins à domicile sur prescription.",
    permanences: [{ jour: "VENDREDI", debut: "14:00", fin: "16:00", lieu: "Maison des Solidarités Centre, 12 rue de Paris, Lille", modalites: "sans rendez-vous" }],
  },
  {
    nom: "PASS – permanence d'accès aux soins de santé", organisme: "Centre hospitalier régional", categorie: "SANTE",
    adresse: "1 avenue Oscar Lambret", codePostal: "59000", commune: "Lille", telephone: "03 53 01 60 30", email: "pass@chr.example",
    horaires: "Du lundi au vendredi, 9h–16h30.", notes: "Soins pour les personnes sans couverture maladie, accompagnement à l'ouverture des droits.",
  },
  {
    nom: "Écrivain public", organisme: "Association Plume solidaire", categorie: "ACCES_AUX_DROITS",
    adresse: "12 rue de Paris", codePostal: "59000", commune: "Lille", telephone: "06 39 98 20 21", email: "plume@asso.example",
    horaires: "Uniquement lors des permanences.",
    permanences: [
      { jour: "LUNDI", debut: "14:00", fin: "17:00", lieu: "Maison des Solidarités Centre, 12 rue de Paris, Lille", modalites: "sans rendez-vous" },
      { jour: "JEUDI", debut: "09:00", fin: "12:00", lieu: "Mairie de quartier de Fives, Lille", modalites: "sur rendez-vous" },
    ],
  },
  {
    nom: "Point-justice de Lille", organisme: "Conseil départemental de l'accès au droit", categorie: "ACCES_AUX_DROITS",
    adresse: "13 avenue du Peuple Belge", codePostal: "59800", commune: "Lille", telephone: "03 53 01 70 10", email: "pointjustice@cdad.example",
    horaires: "Du lundi au vendredi, 9h–12h et 14h–17h.",
    permanences: [{ jour: "MERCREDI", debut: "14:00", fin: "17:00", lieu: "Mairie de quartier de Lille-Sud, Lille", modalites: "avocat, sur rendez-vous" }],
  },
  {
    nom: "Point conseil budget", organisme: "Association d'éducation budgétaire", categorie: "ACCES_AUX_DROITS",
    adresse: "30 rue Léon Gambetta", codePostal: "59000", commune: "Lille", telephone: "03 53 01 70 30", email: "pcb@asso.example",
    horaires: "Sur rendez-vous, du lundi au vendredi.", notes: "Difficultés budgétaires, surendettement : aide au dossier Banque de France.",
  },
];

export const VOISIN_PARTENAIRES: PartenaireSeed[] = [
  { ...DEMO_PARTENAIRES[0]!, email: "ssp.lamadeleine.voisin@nord.example" },
  { ...DEMO_PARTENAIRES[1]!, email: "pmi.lamadeleine.voisin@nord.example" },
  {
    nom: "Épicerie solidaire de Saint-André", organisme: "Association L'Étal solidaire", categorie: "ASSOCIATION_CARITATIVE",
    adresse: "9 rue Sadi Carnot", codePostal: "59350", commune: "Saint-André-lez-Lille", telephone: "03 53 01 80 10", email: "etal@asso.example",
    horaires: "Mercredi et vendredi, 14h–17h.",
  },
];
