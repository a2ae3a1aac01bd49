// The life of an aid request: DEMANDEE → EN_INSTRUCTION → ACCORDEE | REFUSEE | AJOURNEE, and
// ABANDONNEE while nothing is decided; an ajournée request goes back to instruction for the next
// commission. ACCORDEE, REFUSEE and ABANDONNEE are final. The decision itself (accordée, refusée,
// ajournée) is the RESPONSABLE's, for the commission. Pure: the form and the server share it.
import { AIDE_STATUS_LABELS, type AideStatus } from "./labels";

export const AIDE_TRANSITIONS: Record<AideStatus, readonly AideStatus[]> = {
  DEMANDEE: ["EN_INSTRUCTION", "ABANDONNEE"],
  EN_INSTRUCTION: ["ACCORDEE", "REFUSEE", "AJOURNEE", "ABANDONNEE"],
  AJOURNEE: ["EN_INSTRUCTION", "ABANDONNEE"],
  ACCORDEE: [],
  REFUSEE: [],
  ABANDONNEE: [],
};

export const DECISION_STATUSES: readonly AideStatus[] = ["ACCORDEE", "REFUSEE", "AJOURNEE"];
export const PENDING_AIDE_STATUSES = ["DEMANDEE", "EN_INSTRUCTION", "AJOURNEE"] as const satisfies readonly AideStatus[];
export const isDecision = (s: AideStatus) => DECISION_STATUSES.includes(s);
export const isPending = (s: AideStatus) => (PENDING_AIDE_STATUSES as readonly AideStatus[]).includes(s);

export type AideTransitionInput = {
  from: AideStatus;
  to: AideStatus;
  /** canDecideAide(actor, aide): only a RESPONSABLE records a decision. */
  canDecide: boolean;
  montantAccordeCents: number | null;
  motif: string | null;
};
export type AideTransitionCheck = { ok: true } | { ok: false; message: string; field?: "to" | "montantAccorde" | "motif" };

export function checkAideTransition({ from, to, canDecide, montantAccordeCents, motif }: AideTransitionInput): AideTransitionCheck {
  const label = (s: AideStatus) => AIDE_STATUS_LABELS[s].toLowerCase();
  if (AIDE_TRANSITIONS[from].length === 0) {
    return { ok: false, field: "to", message: `Cette aide est ${label(from)} : son statut ne peut plus changer. Enregistrez une nouvelle demande si besoin.` };
  }
  if (from === to) return { ok: false, field: "to", message: `Cette aide est déjà ${label(to)}.` };
  if (!AIDE_TRANSITIONS[from].includes(to)) {
    return { ok: false, field: "to", message: `Une aide ${label(from)} ne peut pas passer à « ${AIDE_STATUS_LABELS[to]} ».` };
  }
  if (isDecision(to) && !canDecide) {
    return { ok: false, field: "to", message: "Seul·e un·e responsable enregistre la décision (accordée, refusée ou ajournée)." };
  }
  if (to === "ACCORDEE" && !montantAccordeCents) {
    return { ok: false, field: "montantAccorde", message: "Montant accordé : saisissez un montant supérieur à 0." };
  }
  if (to === "REFUSEE" && !motif) return { ok: false, field: "motif", message: "Indiquez le motif du refus." };
  return { ok: true };
}

/** A payment is recorded only for an aid granted. */
export const canRecordPayment = (status: AideStatus) => status === "ACCORDEE";
