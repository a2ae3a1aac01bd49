// The "à faire" list of the signed-in worker, gathered from each feature: their own reminders
// ("suites à donner"), plan actions coming due, accompagnements without an entretien for 60 days,
// orientations waiting for an answer past the relaunch delay.
import type { Actor } from "@/lib/auth/actor";
import { canViewTodoList } from "@/lib/auth/permissions";
import { listDueRappels } from "@/lib/domain/entretiens/queries";
import { accompagnementsWithoutEntretien, planActionsDue } from "@/lib/domain/accompagnements/reminders";
import { listOrientationsToRelaunch, orientationRelanceJours } from "@/lib/domain/orientations/relance";

const DAY_MS = 86_400_000;
/** Reminders and deadlines within the coming week show up now. */
export const HORIZON_DAYS = 7;
export const SANS_ENTRETIEN_JOURS = 60;

export async function getAFaire(actor: Actor, now = new Date()) {
  if (!canViewTodoList(actor)) return null;
  const until = new Date(now.getTime() + HORIZON_DAYS * DAY_MS);
  const [rappels, actions, sansEntretien, orientations, relanceJours] = await Promise.all([
    listDueRappels(actor, until),
    planActionsDue(actor, until),
    accompagnementsWithoutEntretien(actor, SANS_ENTRETIEN_JOURS, now),
    listOrientationsToRelaunch(actor, now),
    orientationRelanceJours(actor.structureId),
  ]);
  return { rappels, actions, sansEntretien, orientations, relanceJours, total: rappels.length + actions.length + sansEntretien.length + orientations.length };
}
export type AFaire = NonNullable<Awaited<ReturnType<typeof getAFaire>>>;
