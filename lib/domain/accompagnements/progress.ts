// Progress of a plan: actions done out of the actions still meant to happen (an abandoned action
// no longer counts, so dropping an action does not make the plan look late). Pure.
import type { PlanActionStatus } from "./labels";

export type PlanProgress = { done: number; total: number; percent: number | null };

export function planProgress(actions: readonly { status: PlanActionStatus }[]): PlanProgress {
  const total = actions.filter((a) => a.status !== "ABANDONNEE").length;
  const done = actions.filter((a) => a.status === "FAITE").length;
  return { done, total, percent: total === 0 ? null : Math.round((done / total) * 100) };
}

/** "3 actions sur 5 faites": the accessible text of the progress bar. */
export function progressText({ done, total }: PlanProgress): string {
  if (total === 0) return "Aucune action prévue";
  return `${done} action${done > 1 ? "s" : ""} sur ${total} faite${done > 1 ? "s" : ""}`;
}
