// The fields a template of the structure may use, with an example each (shown on the template
// pages), and which kind of record offers them. template-data.ts fills exactly these; a test
// checks that every field listed here is filled for its sources. Dates dd/mm/yyyy, amounts in
// euros written the French way.
import type { CourrierSource } from "./labels";

export type FieldKind = "texte" | "condition" | "liste";
export type FieldEntry = { tag: string; label: string; exemple: string; kind: FieldKind; sources: CourrierSource[] | null; items?: FieldEntry[] };

const t = (tag: string, label: string, exemple: string, sources: CourrierSource[] | null = null): FieldEntry => ({ tag, label, exemple, kind: "texte", sources });
const c = (tag: string, label: string, sources: CourrierSource[] | null = null): FieldEntry => ({ tag, label, exemple: "vrai ou faux", kind: "condition", sources });
const list = (tag: string, label: string, items: FieldEntry[], sources: CourrierSource[] | null = null): FieldEntry => ({ tag, label, exemple: "", kind: "liste", sources, items });

const AIDE: CourrierSource[] = ["AIDE"];
const RDV: CourrierSource[] = ["RENDEZ_VOUS"];
const ORIENT: CourrierSource[] = ["ORIENTATION"];
const DOM: CourrierSource[] = ["DOMICILIATION"];
const DETTE: CourrierSource[] = ["DETTE"];

export const FIELD_CATALOGUE: FieldEntry[] = [
  t("date", "Date du jour", "02/12/2026"),
  t("lieuDate", "Lieu et date", "Lille, le 02/12/2026"),
  t("structure.nom", "Nom de la structure", "CCAS de Lille"),
  t("structure.adresse", "Adresse de la structure", "Hôtel de Ville, place Augustin Laurent"),
  t("structure.codePostal", "Code postal de la structure", "59000"),
  t("structure.commune", "Commune de la structure", "Lille"),
  t("structure.telephone", "Téléphone de la structure", "03 20 00 00 00"),
  t("structure.email", "Courriel de la structure", "ccas@lille.example"),
  t("signataire.nom", "Nom du signataire", "Martine Leroy"),
  t("signataire.fonction", "Fonction du signataire", "Directrice, par délégation du Président"),
  t("redacteur.nom", "Nom de la personne qui établit le courrier", "Élodie Marchand"),
  t("redacteur.fonction", "Fonction de la personne qui établit le courrier", "Travailleur social"),
  t("usager.civilite", "Civilité", "Madame"),
  t("usager.prenom", "Prénom", "Amélie"),
  t("usager.nom", "Nom (en majuscules)", "DUPONT"),
  t("usager.nomComplet", "Civilité, prénom et nom", "Madame Amélie DUPONT"),
  t("usager.dateNaissance", "Date de naissance", "03/09/1990"),
  t("usager.adresse", "Adresse", "12 rue des Sarrazins"),
  t("usager.codePostal", "Code postal", "59000"),
  t("usager.commune", "Commune", "Lille"),
  t("usager.telephone", "Téléphone", "06 12 34 56 78"),
  t("usager.email", "Courriel", "amelie.dupont@exemple.fr"),
  t("usager.numeroDossier", "Numéro de dossier", "2026-000012"),
  t("usager.bailleur", "Bailleur", "Lille Métropole Habitat"),
  c("usager.madame", "Vrai si la civilité est « Madame » ({#usager.madame}…{/usager.madame})"),
  c("usager.monsieur", "Vrai si la civilité est « Monsieur »"),
  list("foyer", "Membres du foyer ({#foyer}…{/foyer})", [
    t("prenom", "Prénom", "Léa"), t("nom", "Nom", "DUPONT"), t("dateNaissance", "Date de naissance", "14/05/2019"),
    t("lien", "Lien avec la personne", "Enfant"), t("age", "Âge", "7 ans"),
  ]),
  t("aide.type", "Type d'aide", "Aide alimentaire", AIDE),
  t("aide.objet", "Objet de la demande", "Bons alimentaires pour le mois", AIDE),
  t("aide.montantDemande", "Montant demandé", "150,00 €", AIDE),
  t("aide.montantAccorde", "Montant accordé", "120,00 €", AIDE),
  t("aide.statut", "Statut", "Accordée", AIDE),
  t("aide.demandeLe", "Date de la demande", "02/11/2026", AIDE),
  t("aide.commissionLe", "Date de la commission", "20/11/2026", AIDE),
  t("aide.decisionLe", "Date de la décision", "20/11/2026", AIDE),
  t("aide.motif", "Motif du refus ou de l'ajournement", "Ressources supérieures au barème", AIDE),
  t("aide.modePaiement", "Mode de versement", "Virement", AIDE),
  t("aide.payeLe", "Date du versement", "25/11/2026", AIDE),
  c("aide.accordee", "Vrai si l'aide est accordée", AIDE),
  c("aide.refusee", "Vrai si l'aide est refusée", AIDE),
  c("aide.ajournee", "Vrai si l'aide est ajournée", AIDE),
  t("rdv.date", "Date du rendez-vous", "08/12/2026", RDV),
  t("rdv.jour", "Jour de la semaine", "mardi", RDV),
  t("rdv.heure", "Heure de début", "10 h 30", RDV),
  t("rdv.heureFin", "Heure de fin", "11 h 00", RDV),
  t("rdv.type", "Type de rendez-vous", "Au bureau", RDV),
  t("rdv.lieu", "Lieu", "Maison des Solidarités Centre, 12 rue Nationale, 59000 Lille", RDV),
  t("rdv.travailleur", "Travailleur social", "Élodie Marchand", RDV),
  t("rdv.objet", "Objet", "Point sur le budget", RDV),
  c("rdv.aDomicile", "Vrai pour une visite à domicile", RDV),
  c("rdv.parTelephone", "Vrai pour un rendez-vous téléphonique", RDV),
  t("orientation.partenaire", "Service partenaire", "Service social de proximité", ORIENT),
  t("orientation.organisme", "Organisme du partenaire", "Département du Nord", ORIENT),
  t("orientation.adresse", "Adresse du partenaire", "14 rue du Président Pompidou", ORIENT),
  t("orientation.codePostal", "Code postal du partenaire", "59110", ORIENT),
  t("orientation.commune", "Commune du partenaire", "La Madeleine", ORIENT),
  t("orientation.motif", "Motif de l'orientation", "Suivi de PMI pour l'enfant", ORIENT),
  t("orientation.date", "Date de l'orientation", "20/11/2026", ORIENT),
  t("orientation.consentementLe", "Accord de la personne le", "18/11/2026", ORIENT),
  t("domiciliation.statut", "Statut de la domiciliation", "Accordée", DOM),
  t("domiciliation.demandeLe", "Date de la demande", "02/11/2026", DOM),
  t("domiciliation.decisionLe", "Date de la décision", "10/11/2026", DOM),
  t("domiciliation.debut", "Début", "10/11/2026", DOM),
  t("domiciliation.finValidite", "Valable jusqu'au", "09/11/2027", DOM),
  t("domiciliation.motifRefus", "Motif du refus", "Absence de lien avec la commune", DOM),
  t("domiciliation.finLe", "Date de fin", "09/11/2027", DOM),
  t("domiciliation.motifFin", "Motif de fin", "Accès à un domicile stable", DOM),
  t("dette.creancier", "Créancier", "EDF", DETTE),
  t("dette.montant", "Montant restant dû", "1 234,56 €", DETTE),
  t("dette.mensualite", "Mensualité proposée", "50,00 €", DETTE),
  list("dettes", "Toutes les dettes de l'accompagnement ({#dettes}…{/dettes})", [
    t("creancier", "Créancier", "EDF"), t("montant", "Montant restant dû", "1 234,56 €"), t("mensualite", "Mensualité", "50,00 €"),
  ], DETTE),
];

/** The fields a template written for `source` may use. */
export const fieldsFor = (source: CourrierSource) => FIELD_CATALOGUE.filter((f) => f.sources === null || f.sources.includes(source));

/** The top-level entry of a tag, whatever the source ({aide.montant} → the aide.montant entry). */
export const entryOf = (tag: string) => FIELD_CATALOGUE.find((f) => f.tag === tag) ?? null;
