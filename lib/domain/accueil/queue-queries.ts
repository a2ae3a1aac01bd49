// Today's queue of a site as the desk and the offices see it: the permanence's hours, who waits
// (ticket, person, motif, waiting time), who left it today. A dossier shows as its identity.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canTakeFromQueue, canUseAccueil } from "@/lib/auth/permissions";
import { fileAttenteScope } from "@/lib/auth/scopes/file-attente";
import { walkInOpenings, type WalkInOpening } from "@/lib/domain/agenda/walk-in";
import { isoToDate, isUuid } from "@/lib/domain/shared/fields";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { identityLabel } from "./dossier-lookup";
import { listDeskSites } from "./passage-queries";

export type QueueRow = {
  id: string; ticket: number; personne: string; usagerId: string | null; prenom: string | null; motif: string; status: string;
  arriveeLe: Date; sortieLe: Date | null; attenteMinutes: number; traitePar: string | null; orientationPrecision: string | null;
};
export type Queue = { openings: WalkInOpening[]; openNow: boolean; waiting: QueueRow[]; done: QueueRow[] };

const minutesBetween = (a: Date, b: Date) => Math.max(0, Math.floor((b.getTime() - a.getTime()) / 60_000));

export async function getQueue(actor: Actor, siteId: string, now = new Date()): Promise<Queue> {
  if (!canUseAccueil(actor) || !isUuid(siteId)) return { openings: [], openNow: false, waiting: [], done: [] };
  const day = parisToday(now);
  const [openings, rows] = await Promise.all([
    walkInOpenings(actor, siteId, day),
    db.fileAttenteEntree.findMany({
      where: { AND: [fileAttenteScope(actor), { siteId, jour: isoToDate(day)! }] },
      select: {
        id: true, ticket: true, usagerId: true, prenom: true, motif: true, status: true, arriveeLe: true, sortieLe: true, orientationPrecision: true,
        usager: { select: { nom: true, prenom: true, numeroDossier: true, dateNaissance: true } }, traitePar: { select: { firstName: true, lastName: true } },
      },
      orderBy: { ticket: "asc" },
    }),
  ]);
  const all = rows.map((r): QueueRow => ({
    id: r.id, ticket: r.ticket, personne: r.usager ? identityLabel(r.usager) : (r.prenom ?? "—"), usagerId: r.usagerId, prenom: r.prenom, motif: r.motif,
    status: r.status, arriveeLe: r.arriveeLe, sortieLe: r.sortieLe, attenteMinutes: minutesBetween(r.arriveeLe, r.sortieLe ?? now),
    traitePar: r.traitePar ? `${r.traitePar.firstName} ${r.traitePar.lastName}` : null, orientationPrecision: r.orientationPrecision,
  }));
  const openNow = openings.some((o) => o.debut.getTime() <= now.getTime() && now.getTime() < o.fin.getTime());
  return { openings, openNow, waiting: all.filter((r) => r.status === "EN_ATTENTE"), done: all.filter((r) => r.status !== "EN_ATTENTE").reverse() };
}

/** The waiting-room screen: ticket numbers only, never a name. */
export async function getQueueTickets(actor: Actor, siteId: string, now = new Date()) {
  const q = await getQueue(actor, siteId, now);
  const called = q.done.filter((r) => r.status === "PRIS_EN_CHARGE").slice(0, 3).map((r) => r.ticket);
  return { openNow: q.openNow, waiting: q.waiting.map((r) => r.ticket), called };
}

export type QueueSummary = { siteId: string; site: string; openNow: boolean; hasPermanence: boolean; waiting: number; longestWaitMinutes: number };

/** For the home page: each desk site with a walk-in permanence today, how many wait and for how long. */
export async function getQueueSummary(actor: Actor, now = new Date()): Promise<QueueSummary[]> {
  const sites = await listDeskSites(actor);
  const out = await Promise.all(sites.map(async (s) => {
    const q = await getQueue(actor, s.id, now);
    return {
      siteId: s.id, site: s.name, openNow: q.openNow, hasPermanence: q.openings.length > 0, waiting: q.waiting.length,
      longestWaitMinutes: Math.max(0, ...q.waiting.map((w) => w.attenteMinutes)),
    };
  }));
  return out.filter((s) => s.hasPermanence || s.waiting > 0);
}

/**
 * A queue entry a professional took, read to prefill what follows: the entretien (channel
 * "permanence", the motif as subject) or the new dossier (the first name). Null when unknown.
 */
export async function getTakenQueueEntry(actor: Actor, id: string | undefined) {
  if (!id || !isUuid(id) || !canUseAccueil(actor)) return null;
  const entry = await db.fileAttenteEntree.findFirst({
    where: { AND: [fileAttenteScope(actor), { id, status: "PRIS_EN_CHARGE" }] },
    select: { id: true, structureId: true, usagerId: true, prenom: true, motif: true, ticket: true },
  });
  return entry && canTakeFromQueue(actor, entry) ? entry : null;
}
