// French labels of the workshop enums, shown on screen, in the timeline and on the dashboard.
export const ATELIER_THEME_LABELS = {
  PARENTALITE: "Parentalité",
  SANTE: "Santé",
  BUDGET: "Budget",
  ECO_GESTES: "Éco-gestes, énergie",
  NUMERIQUE: "Accès au numérique",
  EMPLOI: "Emploi, insertion",
  LOGEMENT: "Logement",
  ALIMENTATION: "Alimentation, cuisine",
  MOBILITE: "Mobilité",
  LIEN_SOCIAL: "Lien social, loisirs",
  AUTRE: "Autre",
} as const;
export type AtelierTheme = keyof typeof ATELIER_THEME_LABELS;

export const ATELIER_STATUS_LABELS = { PLANIFIE: "Planifié", REALISE: "Réalisé", ANNULE: "Annulé" } as const;
export type AtelierStatus = keyof typeof ATELIER_STATUS_LABELS;
export const ATELIER_STATUS_TONES = { PLANIFIE: "info", REALISE: "success", ANNULE: "danger" } as const;

export const INSCRIPTION_STATUS_LABELS = { INSCRIT: "Inscrit·e", ATTENTE: "Liste d'attente", DESINSCRIT: "Désinscrit·e" } as const;
export type InscriptionStatus = keyof typeof INSCRIPTION_STATUS_LABELS;

export const PRESENCE_LABELS = { PRESENT: "Présent·e", ABSENT: "Absent·e", EXCUSE: "Excusé·e" } as const;
export type Presence = keyof typeof PRESENCE_LABELS;
export const PRESENCE_TONES = { PRESENT: "success", ABSENT: "danger", EXCUSE: "warning" } as const;

/** "2 h", "1 h 30", "45 min". */
export function formatDuree(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, "0")}`;
}

export const completMessage = (capacite: number) => `L'atelier est complet (${capacite} place${capacite > 1 ? "s" : ""}).`;
