// PREVU → HONORE | EXCUSE | NON_VENU | ANNULE: a planned rendez-vous gets one outcome, final.
// "Non venu" only once the rendez-vous has started (nobody can miss a future appointment).
import { RDV_STATUS_LABELS, type RendezVousStatus } from "./labels";

export const RDV_TRANSITIONS: Record<RendezVousStatus, readonly RendezVousStatus[]> = {
  PREVU: ["HONORE", "EXCUSE", "NON_VENU", "ANNULE"],
  HONORE: [], EXCUSE: [], NON_VENU: [], ANNULE: [],
};

/** Statuses that hold the worker's time: the others free the slot. */
export const BUSY_STATUSES: readonly RendezVousStatus[] = ["PREVU", "HONORE", "NON_VENU"];

export function checkTransition(from: RendezVousStatus, to: RendezVousStatus, debut: Date, now: Date): string | null {
  if (!RDV_TRANSITIONS[from].includes(to)) {
    return `Ce rendez-vous est déjà « ${RDV_STATUS_LABELS[from].toLowerCase()} » : son statut ne peut plus changer.`;
  }
  if (to === "NON_VENU" && debut.getTime() > now.getTime()) {
    return "Le rendez-vous n'a pas encore commencé : il ne peut pas être marqué « non venu ».";
  }
  return null;
}

export function allowedStatuses(from: RendezVousStatus, debut: Date, now: Date): RendezVousStatus[] {
  return RDV_TRANSITIONS[from].filter((to) => checkTransition(from, to, debut, now) === null);
}
