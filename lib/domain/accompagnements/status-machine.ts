// The life of an accompagnement: PROPOSE → EN_COURS ⇄ SUSPENDU → CLOS, and PROPOSE → CLOS when the
// person refuses or never starts. CLOS is final: a new need opens a new accompagnement, so the
// history of the closed one stays as it was. Pure: the form and the server ask the same question.
import { ACCOMPAGNEMENT_STATUS_LABELS, type AccompagnementStatus } from "./labels";

export const ACCOMPAGNEMENT_TRANSITIONS: Record<AccompagnementStatus, readonly AccompagnementStatus[]> = {
  PROPOSE: ["EN_COURS", "CLOS"],
  EN_COURS: ["SUSPENDU", "CLOS"],
  SUSPENDU: ["EN_COURS", "CLOS"],
  CLOS: [],
};

/** What the button that leads to a status says, from a given status. */
export function transitionLabel(from: AccompagnementStatus, to: AccompagnementStatus): string {
  if (to === "EN_COURS") return from === "SUSPENDU" ? "Reprendre l'accompagnement" : "Démarrer l'accompagnement";
  if (to === "SUSPENDU") return "Suspendre l'accompagnement";
  if (to === "CLOS") return from === "PROPOSE" ? "Clore (refus ou abandon)" : "Clore l'accompagnement";
  return ACCOMPAGNEMENT_STATUS_LABELS[to];
}

export const nextAccompagnementStatuses = (from: AccompagnementStatus) => ACCOMPAGNEMENT_TRANSITIONS[from];

export type TransitionCheck = { ok: true } | { ok: false; message: string; field?: "to" | "motifCloture" };

export function checkAccompagnementTransition(
  from: AccompagnementStatus,
  to: AccompagnementStatus,
  motifCloture: string | null | undefined,
): TransitionCheck {
  const label = (s: AccompagnementStatus) => ACCOMPAGNEMENT_STATUS_LABELS[s].toLowerCase();
  if (from === "CLOS") {
    return { ok: false, field: "to", message: "Cet accompagnement est clos : son statut ne peut plus changer. Ouvrez un nouvel accompagnement si besoin." };
  }
  if (from === to) return { ok: false, field: "to", message: `L'accompagnement est déjà ${label(to)}.` };
  if (!ACCOMPAGNEMENT_TRANSITIONS[from].includes(to)) {
    return { ok: false, field: "to", message: `Un accompagnement ${label(from)} ne peut pas passer à « ${ACCOMPAGNEMENT_STATUS_LABELS[to]} ».` };
  }
  if (to === "CLOS" && !motifCloture) {
    return { ok: false, field: "motifCloture", message: "Indiquez le motif de clôture." };
  }
  return { ok: true };
}
