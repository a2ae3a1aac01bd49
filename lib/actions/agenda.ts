"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import type { ActionResult } from "@/lib/domain/errors";
import { createRendezVous, moveRendezVous, setRendezVousStatus } from "@/lib/domain/agenda/commands";
import { addPermanenceException, closePermanence, createPermanence, removePermanenceException } from "@/lib/domain/agenda/permanences";
import { bookPermanenceSlot } from "@/lib/domain/agenda/booking";
import {
  ZBookSlot, ZPermanence, ZPermanenceException, ZRendezVousCreate, ZRendezVousMove, ZRendezVousStatus,
} from "@/lib/domain/agenda/schemas";

function refreshed<T>(result: ActionResult<T>) {
  if (result.ok) {
    revalidatePath("/agenda", "layout");
    revalidatePath("/usagers", "layout");
  }
  return result;
}

export async function createRendezVousAction(input: unknown) {
  return refreshed(await runAction(ZRendezVousCreate, input, (actor, data) => createRendezVous(actor, data)));
}

export async function moveRendezVousAction(input: unknown) {
  return refreshed(await runAction(ZRendezVousMove, input, (actor, data) => moveRendezVous(actor, data)));
}

export async function setRendezVousStatusAction(input: unknown) {
  return refreshed(await runAction(ZRendezVousStatus, input, (actor, data) => setRendezVousStatus(actor, data)));
}

export async function createPermanenceAction(input: unknown) {
  return refreshed(await runAction(ZPermanence, input, (actor, data) => createPermanence(actor, data)));
}

export async function addPermanenceExceptionAction(input: unknown) {
  return refreshed(await runAction(ZPermanenceException, input, (actor, data) => addPermanenceException(actor, data)));
}

const ZPermanenceRef = z.object({ permanenceId: z.uuid({ error: "Permanence inconnue." }) });
const ZExceptionRef = z.object({ exceptionId: z.uuid({ error: "Date exclue inconnue." }) });

export async function removePermanenceExceptionAction(input: unknown) {
  return refreshed(await runAction(ZExceptionRef, input, (actor, data) => removePermanenceException(actor, data)));
}

export async function closePermanenceAction(input: unknown) {
  return refreshed(await runAction(ZPermanenceRef, input, (actor, data) => closePermanence(actor, data)));
}

/** Also used by the agent, from a fiche de liaison of their site. */
export async function bookPermanenceSlotAction(input: unknown) {
  const result = await runAction(ZBookSlot, input, (actor, data) => bookPermanenceSlot(actor, data));
  if (result.ok) revalidatePath("/fiches-liaison", "layout");
  return refreshed(result);
}
