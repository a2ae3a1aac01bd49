// Demo accounts printed by `npm start`. Generated people, never real ones.
export const DEMO_PASSWORD = "Passerelle-Demo-2026";

export const DEMO_ACCOUNTS = [
  { email: "agent@demo.passerelle.fr", role: "AGENT", firstName: "Nadia", lastName: "Benali", site: "Mairie de quartier de Fives", label: "agent d'accueil, mairie de quartier de Fives" },
  { email: "ts@demo.passerelle.fr", role: "TRAVAILLEUR_SOCIAL", firstName: "Élodie", lastName: "Marchand", site: "Maison des Solidarités Centre", label: "travailleuse sociale" },
  { email: "ts2@demo.passerelle.fr", role: "TRAVAILLEUR_SOCIAL", firstName: "Thomas", lastName: "Girard", site: "Maison des Solidarités Centre", label: "travailleur social" },
  { email: "responsable@demo.passerelle.fr", role: "RESPONSABLE", firstName: "Hélène", lastName: "Dubois-Caron", site: "Maison des Solidarités Centre", label: "responsable" },
  { email: "admin@demo.passerelle.fr", role: "ADMIN", firstName: "Julien", lastName: "Morel", site: "Hôtel de Ville", label: "administrateur" },
  { email: "accueil@demo.passerelle.fr", role: "AGENT", firstName: "Karim", lastName: "Haddad", site: "Maison des Solidarités Centre", label: "agent d'accueil, Maison des Solidarités Centre (registre du courrier)" },
] as const;

export const OTHER_STRUCTURE_ACCOUNT = {
  email: "ts@autre.passerelle.fr", role: "TRAVAILLEUR_SOCIAL", firstName: "Sophie", lastName: "Lemaire", site: "Maison des Solidarités du Voisin", label: "travailleuse sociale du CCAS Voisin",
} as const;
