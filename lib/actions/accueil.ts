"use server";

import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { recordPassage } from "@/lib/domain/accueil/passage-commands";
import { addToQueue, leaveQueue, takeFromQueue } from "@/lib/domain/accueil/queue-commands";
import { ZPassage, ZQueueAdd, ZQueueLeave, ZQueueTake } from "@/lib/domain/accueil/schemas";

// The desk's register, the queue and the figures all show the change.
const revalidate: Revalidate[] = ["/passages", "/file-attente", "/tableau-de-bord"];

export async function recordPassageAction(input: unknown, form?: unknown) {
  // Back to an empty desk form for the next person (the chosen dossier is in the address).
  return runAction(ZPassage, form ?? input, recordPassage, { revalidate, redirectTo: (_p, i) => `/passages?site=${i.siteId}&enregistre=1` });
}

export async function addToQueueAction(input: unknown, form?: unknown) {
  return runAction(ZQueueAdd, form ?? input, (actor, data) => addToQueue(actor, data), { revalidate, redirectTo: (e, i) => `/file-attente?site=${i.siteId}&ticket=${e.ticket}` });
}

/** Taken: on to the dossier's entretien of the permanence, or to a new dossier (with the duplicate check). */
export async function takeFromQueueAction(input: unknown, form?: unknown) {
  return runAction(ZQueueTake, form ?? input, (actor, data) => takeFromQueue(actor, data), {
    revalidate,
    redirectTo: (e) => (e.usagerId ? `/usagers/${e.usagerId}/entretiens/nouveau?file=${e.id}` : `/usagers/nouveau?file=${e.id}`),
  });
}

export async function leaveQueueAction(input: unknown, form?: unknown) {
  return runAction(ZQueueLeave, form ?? input, (actor, data) => leaveQueue(actor, data), { revalidate });
}
