// Imported by the browser too (the search-as-you-type): nothing here may pull server code.
/**
 * The URL parameters of the list other than the search and the page: they stay readable in the
 * address (a filtered list is a link); the searched name never does (decision 0064).
 */
export const USAGER_URL_KEYS = [
  "referent", "quartier", "statut", "sansContact", "accompagnement", "site", "tranche", "menage",
  "creeDu", "creeAu", "actifDu", "actifAu", "ageAu", "tri", "ordre", "taille",
] as const;
export type UsagerUrlKey = (typeof USAGER_URL_KEYS)[number];

