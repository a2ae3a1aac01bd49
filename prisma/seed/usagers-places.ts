// Places for the generated usagers: streets of each quartier (house numbers are random, so no
// address points to a real household), bailleurs sociaux and mandataires of the Nord.

/** Quartier → [weight, postal codes, streets]. Weights follow where a CCAS is most solicited. */
export const QUARTIERS: Record<string, { weight: number; codes: readonly string[]; rues: readonly string[] }> = {
  Fives: { weight: 16, codes: ["59800", "59800", "59260"], rues: ["rue Pierre Legrand", "rue du Long-Pot", "rue de Bouvines", "rue Bourjembois", "rue Philippe de Comines", "rue Saint-Luc"] },
  Wazemmes: { weight: 15, codes: ["59000"], rues: ["rue des Sarrazins", "rue Léon Gambetta", "rue Jules Guesde", "rue du Marché", "rue Racine", "rue d'Austerlitz"] },
  Moulins: { weight: 14, codes: ["59000"], rues: ["rue d'Arras", "rue de Douai", "rue Armand Carrel", "rue de Valenciennes", "rue Fombelle", "rue du Faubourg d'Arras"] },
  "Lille-Sud": { weight: 14, codes: ["59000"], rues: ["rue du Faubourg des Postes", "rue de Marquillies", "rue Guillaume Apollinaire", "rue de l'Europe", "rue Jean Jaurès", "rue d'Antibes"] },
  "Bois-Blancs": { weight: 6, codes: ["59000"], rues: ["rue Guillaume Tell", "avenue Marx Dormoy", "rue de la Pointe", "rue Adolphe Casse", "quai de l'Ouest"] },
  "Vauban-Esquermes": { weight: 6, codes: ["59000"], rues: ["rue Colbert", "rue d'Isly", "rue Roland", "rue de Turenne", "rue Jean Bart"] },
  "Faubourg de Béthune": { weight: 9, codes: ["59000"], rues: ["boulevard de Metz", "rue Lazare Carnot", "rue de Lompret", "rue Saint-Bernard", "rue de Loos"] },
  "Saint-Maurice Pellevoisin": { weight: 6, codes: ["59800"], rues: ["rue du Faubourg de Roubaix", "rue Saint-Gabriel", "rue Eugène Jacquet", "rue de Cannes", "avenue de la Marne"] },
  "Vieux-Lille": { weight: 6, codes: ["59800"], rues: ["rue de Gand", "rue Royale", "rue Saint-André", "rue des Canonniers", "rue de la Monnaie"] },
  "Lille-Centre": { weight: 8, codes: ["59000", "59800"], rues: ["rue Nationale", "rue de Béthune", "rue Jean Sans Peur", "rue Solférino", "rue des Postes", "rue de Paris"] },
};

export const VOISIN_RUES = ["rue de Lille", "rue du Général Leclerc", "rue Sadi Carnot", "avenue de la Libération", "rue de la Paix", "rue Pasteur"];

export const BAILLEURS_SOCIAUX = { "Lille Métropole Habitat": 8, Vilogia: 4, "Partenord Habitat": 3, "Notre Logis": 2, "SIA Habitat": 1 } as const;

/** Who exercises a measure: the main mandataires of the Nord, the Département for a MASP. */
export const ORGANISMES_TUTELLE = ["UDAF du Nord", "UDAF du Nord", "ATINord", "AGSS de l'UDAF", "Mandataire judiciaire individuel"];
export const ORGANISME_MASP = "Département du Nord – Maison Nord Solidarités";

/** Where homeless people are domiciled: the CCAS itself. */
export const DOMICILIATION = { adresse: "Domiciliation CCAS, 12 rue de Paris", codePostal: "59000" };
