// French labels of the partner directory, and the one way a permanence is written on screen and
// in letters: "mardi 9h–11h, 67 rue du Général Leclerc, Saint-André-lez-Lille, sur rendez-vous".

export const CATEGORIE_LABELS = {
  SERVICE_SOCIAL_DEPARTEMENT: "Service social départemental",
  PMI: "PMI (protection maternelle et infantile)",
  PROTECTION_ENFANCE: "Protection de l'enfance",
  INSERTION_EMPLOI: "Insertion, emploi",
  AUTONOMIE: "Autonomie (personnes âgées, handicap)",
  LOGEMENT_HEBERGEMENT: "Logement, hébergement",
  SANTE: "Santé",
  ACCES_AUX_DROITS: "Accès aux droits",
  ASSOCIATION_CARITATIVE: "Association caritative",
  AUTRE: "Autre",
} as const;
export type Categorie = keyof typeof CATEGORIE_LABELS;

export const JOUR_LABELS = {
  LUNDI: "lundi", MARDI: "mardi", MERCREDI: "mercredi", JEUDI: "jeudi", VENDREDI: "vendredi", SAMEDI: "samedi",
} as const;
export type Jour = keyof typeof JOUR_LABELS;

/** "09:00" → "9h", "13:30" → "13h30". */
export function formatHeure(hhmm: string): string {
  const [h, m] = hhmm.split(":");
  return `${Number(h)}h${m && m !== "00" ? m : ""}`;
}

export type PermanenceLike = { jour: Jour; debut: string; fin: string; lieu: string; modalites: string | null };

export function formatPermanence(p: PermanenceLike): string {
  return [`${JOUR_LABELS[p.jour]} ${formatHeure(p.debut)}–${formatHeure(p.fin)}`, p.lieu, p.modalites].filter(Boolean).join(", ");
}

export function formatAdresse(p: { adresse: string | null; codePostal: string | null; commune: string | null }): string | null {
  const ville = [p.codePostal, p.commune].filter(Boolean).join(" ");
  return [p.adresse, ville].filter(Boolean).join(", ") || null;
}
