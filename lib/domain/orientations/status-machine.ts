// The life of an orientation: ENVOYEE → ACCUSEE → ACCEPTEE | REFUSEE, ACCEPTEE → REALISEE, and
// SANS_REPONSE when the partner has not answered (from ENVOYEE or ACCUSEE). No jumps: an answer is
// recorded after the acknowledgement, so the delays measured stay meaningful. REFUSEE, REALISEE
// and SANS_REPONSE are final: a new attempt is a new orientation. Pure: the buttons and the server
// ask the same question (docs/decisions/0008-orientations.md).
import { ORIENTATION_STATUS_LABELS, type OrientationStatus } from "./labels";

export const ORIENTATION_TRANSITIONS: Record<OrientationStatus, readonly OrientationStatus[]> = {
  ENVOYEE: ["ACCUSEE", "SANS_REPONSE"],
  ACCUSEE: ["ACCEPTEE", "REFUSEE", "SANS_REPONSE"],
  ACCEPTEE: ["REALISEE"],
  REFUSEE: [],
  REALISEE: [],
  SANS_REPONSE: [],
};

/** Still waiting for the partner: these are relaunched. */
export const PENDING_STATUSES: readonly OrientationStatus[] = ["ENVOYEE", "ACCUSEE"];

export const nextOrientationStatuses = (from: OrientationStatus) => ORIENTATION_TRANSITIONS[from];

/** The column that dates each status (SANS_REPONSE has none: statusChangedAt dates it). */
export const STATUS_DATE_COLUMN = {
  ACCUSEE: "accuseLe", ACCEPTEE: "reponseLe", REFUSEE: "reponseLe", REALISEE: "realiseeLe",
} as const satisfies Partial<Record<OrientationStatus, string>>;

export const TRANSITION_LABELS: Record<OrientationStatus, string> = {
  ENVOYEE: "Envoyer",
  ACCUSEE: "Enregistrer l'accusé de réception",
  ACCEPTEE: "Enregistrer l'acceptation",
  REFUSEE: "Enregistrer le refus",
  REALISEE: "Marquer comme réalisée",
  SANS_REPONSE: "Classer sans réponse",
};

export type TransitionCheck = { ok: true } | { ok: false; message: string; field: "to" | "motifRefus" };

export function checkOrientationTransition(from: OrientationStatus, to: OrientationStatus, motifRefus: string | null | undefined): TransitionCheck {
  const label = (s: OrientationStatus) => ORIENTATION_STATUS_LABELS[s].toLowerCase();
  if (ORIENTATION_TRANSITIONS[from].length === 0) {
    return { ok: false, field: "to", message: `Cette orientation est ${label(from)} : son statut ne peut plus changer. Faites une nouvelle orientation si besoin.` };
  }
  if (from === to) return { ok: false, field: "to", message: `L'orientation est déjà au statut « ${ORIENTATION_STATUS_LABELS[to]} ».` };
  if (!ORIENTATION_TRANSITIONS[from].includes(to)) {
    const next = ORIENTATION_TRANSITIONS[from].map((s) => `« ${ORIENTATION_STATUS_LABELS[s]} »`).join(" ou ");
    return { ok: false, field: "to", message: `Une orientation au statut « ${ORIENTATION_STATUS_LABELS[from]} » ne peut pas passer directement à « ${ORIENTATION_STATUS_LABELS[to]} » : étape suivante possible : ${next}.` };
  }
  if (to === "REFUSEE" && !motifRefus?.trim()) return { ok: false, field: "motifRefus", message: "Indiquez le motif du refus donné par le partenaire." };
  return { ok: true };
}
