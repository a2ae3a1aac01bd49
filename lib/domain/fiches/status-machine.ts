// The life of a fiche, as pure functions: ENVOYEE → RECUE → EN_COURS → RDV_FIXE | REORIENTEE |
// CLOTUREE. Commands ask `nextStatus` before writing; the UI asks `allowedActions` to show only
// the buttons that can work. Both read the same table, so they cannot disagree.
import { FICHE_STATUS_LABELS, type FicheStatus } from "./labels";

export const FICHE_TRANSITIONS: Record<FicheStatus, readonly FicheStatus[]> = {
  ENVOYEE: ["RECUE"],
  RECUE: ["EN_COURS"],
  EN_COURS: ["RDV_FIXE", "REORIENTEE", "CLOTUREE"],
  RDV_FIXE: [],
  REORIENTEE: [],
  CLOTUREE: [],
};

export const OPEN_STATUSES: readonly FicheStatus[] = ["ENVOYEE", "RECUE", "EN_COURS"];
export const FINAL_STATUSES: readonly FicheStatus[] = ["RDV_FIXE", "REORIENTEE", "CLOTUREE"];

export const canTransition = (from: FicheStatus, to: FicheStatus) => FICHE_TRANSITIONS[from].includes(to);

/** What the CCAS does to a fiche. Each action moves it to one status, or keeps it where it is. */
export type FicheAction = "recevoir" | "evaluer" | "lier" | "creerDossier" | "attribuer" | "fixerRdv" | "reorienter" | "cloturer";

/** Status reached by each action; "prise en charge" actions move a received fiche to EN_COURS. */
const TARGET: Record<FicheAction, FicheStatus> = {
  recevoir: "RECUE", evaluer: "EN_COURS", lier: "EN_COURS", creerDossier: "EN_COURS", attribuer: "EN_COURS",
  fixerRdv: "RDV_FIXE", reorienter: "REORIENTEE", cloturer: "CLOTUREE",
};

/**
 * Statuses in which an action may run without changing the status: an evaluation is completed
 * while the fiche is in progress; the dossier and the référent of the fiche may still be set once
 * the appointment is given (the appointment is often booked on the first call).
 */
const STAYS: Partial<Record<FicheAction, readonly FicheStatus[]>> = {
  evaluer: ["EN_COURS"],
  lier: ["EN_COURS", "RDV_FIXE"],
  creerDossier: ["EN_COURS", "RDV_FIXE"],
  attribuer: ["EN_COURS", "RDV_FIXE"],
};

export type Step = { ok: true; status: FicheStatus; changed: boolean } | { ok: false; message: string };

export function nextStatus(current: FicheStatus, action: FicheAction): Step {
  const target = TARGET[action];
  if (STAYS[action]?.includes(current)) return { ok: true, status: current, changed: false };
  if (canTransition(current, target)) return { ok: true, status: target, changed: true };
  return { ok: false, message: refusal(current, action) };
}

export function allowedActions(current: FicheStatus): FicheAction[] {
  return (Object.keys(TARGET) as FicheAction[]).filter((a) => nextStatus(current, a).ok);
}

function refusal(current: FicheStatus, action: FicheAction): string {
  const state = FICHE_STATUS_LABELS[current].toLowerCase();
  if (current === "ENVOYEE") return "Marquez d'abord la fiche comme reçue.";
  if (action === "recevoir") return `Cette fiche a déjà été reçue (statut : ${state}).`;
  if (current === "RECUE") return "Prenez d'abord la fiche en charge : premier contact, dossier ou attribution.";
  if (current === "REORIENTEE" || current === "CLOTUREE") return `Cette fiche est ${state} : elle ne peut plus être modifiée.`;
  return `Action impossible : la fiche a déjà une suite (statut : ${state}).`;
}
