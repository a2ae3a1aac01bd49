// The maraude's steps: nouveau → équipe envoyée → personne rencontrée / non trouvée → lien avec
// un dossier / clos. A person not found may be looked for again; "lié" is reached only by
// linking a dossier (link.ts), never by a plain status change; a closed report never reopens.
import type { SignalementStatus } from "./labels";

const NEXT: Record<SignalementStatus, readonly SignalementStatus[]> = {
  NOUVEAU: ["EQUIPE_ENVOYEE", "CLOS"],
  EQUIPE_ENVOYEE: ["RENCONTREE", "NON_TROUVEE", "CLOS"],
  NON_TROUVEE: ["EQUIPE_ENVOYEE", "CLOS"],
  RENCONTREE: ["LIE", "CLOS"],
  LIE: ["CLOS"],
  CLOS: [],
};

/** The statuses a plain status change may go to (the link form reaches LIE). */
export function nextSignalementStatuses(from: SignalementStatus): SignalementStatus[] {
  return NEXT[from].filter((s) => s !== "LIE");
}

export const canLinkFrom = (from: SignalementStatus) => NEXT[from].includes("LIE");

/** A visit happened (met or not): the first one dates the dashboard's delay. */
export const isVisit = (to: SignalementStatus) => to === "RENCONTREE" || to === "NON_TROUVEE";

export const TRANSITION_LABELS: Record<SignalementStatus, string> = {
  NOUVEAU: "Nouveau",
  EQUIPE_ENVOYEE: "Équipe envoyée sur place",
  RENCONTREE: "Personne rencontrée",
  NON_TROUVEE: "Personne non trouvée",
  LIE: "Lier à un dossier",
  CLOS: "Clore le signalement",
};

export function transitionError(from: SignalementStatus, to: SignalementStatus): string | null {
  if (NEXT[from].includes(to) && to !== "LIE") return null;
  if (from === "CLOS") return "Ce signalement est clos : son statut ne change plus.";
  return "Cette étape ne suit pas le statut actuel du signalement : rechargez la page.";
}
