// Reminders for the "à faire" list: the actor's own orientations still waiting for the partner
// (ENVOYEE or ACCUSEE) for longer than the structure's delay. A relaunch restarts the delay.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { orientationScope } from "@/lib/auth/scopes/orientation";
import { calendarDaysAgo, daysSince } from "./queries";
import { PENDING_STATUSES } from "./state-machine";

export const DEFAULT_RELANCE_JOURS = 15;

/**
 * The structure's delay before a reminder. Read from StructureSettings.orientationRelanceJours
 * when the column exists; until the settings gain it, every structure uses the default.
 */
export async function orientationRelanceJours(structureId: string): Promise<number> {
  const row = await db.structureSettings.findUnique({ where: { structureId } });
  const value = (row as { orientationRelanceJours?: unknown } | null)?.orientationRelanceJours;
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : DEFAULT_RELANCE_JOURS;
}

export async function listOrientationsToRelaunch(actor: Actor, now = new Date()) {
  const jours = await orientationRelanceJours(actor.structureId);
  const limit = calendarDaysAgo(jours, now);
  const rows = await db.orientation.findMany({
    where: {
      AND: [orientationScope(actor), {
        authorId: actor.id, status: { in: [...PENDING_STATUSES] }, date: { lte: limit },
        OR: [{ relanceLe: null }, { relanceLe: { lte: limit } }],
      }],
    },
    select: {
      id: true, date: true, status: true, urgence: true, relanceLe: true,
      partenaire: { select: { id: true, nom: true, telephone: true } },
      usager: { select: { id: true, nom: true, prenom: true, numeroDossier: true } },
    },
    orderBy: [{ date: "asc" }],
    take: 500,
  });
  return rows.map((r) => ({
    ...r, delaiJours: jours, joursSansReponse: daysSince(r.date, now),
    href: `/usagers/${r.usager.id}/orientations/${r.id}`,
  }));
}
export type OrientationToRelaunch = Awaited<ReturnType<typeof listOrientationsToRelaunch>>[number];
