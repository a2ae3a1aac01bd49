// Age bands and household types of a dossier, as the dashboard and the /usagers filters name
// them (no database code here: the filter form, a client component, imports it). Their SQL is
// in profile-sql.ts.
export const AGE_BANDS = { moins25: "Moins de 25 ans", "25-39": "25 à 39 ans", "40-59": "40 à 59 ans", "60-74": "60 à 74 ans", "75plus": "75 ans et plus", inconnu: "Âge inconnu" } as const;
export type AgeBand = keyof typeof AGE_BANDS;

export const MENAGE_TYPES = {
  seul: "Personne seule", couple: "Couple sans enfant", coupleEnfants: "Couple avec enfant(s)",
  monoparental: "Famille monoparentale", autre: "Autre (famille élargie, hébergé·e…)",
} as const;
/**
 * Household type: `Usager.menage`, kept by a trigger on FoyerMembre (migration menage_usager):
 * nobody declared → seul; a conjoint and a child → coupleEnfants; a conjoint → couple; a child →
 * monoparental; other members only → autre. Stored rather than aggregated on each read because
 * the dashboard's yearly breakdown reads tens of thousands of dossiers at once.
 */
export type MenageType = keyof typeof MENAGE_TYPES;

/** The quartier key of a dossier without one (the dashboard's row and the list's filter value). */
export const QUARTIER_NON_RENSEIGNE = "Non renseigné";
