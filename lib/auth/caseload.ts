// Which dossiers a list shows first (issue 18): a travailleur social starts on their own caseload
// ("Mes dossiers", one click to the whole structure); a responsable oversees the structure.
import type { Actor } from "./actor";

export const ownCaseloadByDefault = (actor: Actor) => actor.role === "TRAVAILLEUR_SOCIAL";

/**
 * The référent filter to apply: `chosen` as parsed from the URL ("" = the default). A name
 * search looks through the whole structure unless a référent was chosen: a person who is not
 * one's own must still be found (a colleague's absence, a duplicate to avoid).
 */
export function effectiveReferent(actor: Actor, chosen: string, searching: boolean): string {
  if (chosen === "tous") return "";
  if (chosen) return chosen;
  return ownCaseloadByDefault(actor) && !searching ? actor.id : "";
}
