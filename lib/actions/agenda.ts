"use server";

import { z } from "zod";
import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { createRendezVous, moveRendezVous, setRendezVousStatus } from "@/lib/domain/agenda/commands";
import { addPermanenceException, closePermanence, createPermanence, removePermanenceException } from "@/lib/domain/agenda/permanences";
import { bookPermanenceSlot } from "@/lib/domain/agenda/booking";
import {
  ZBookSlotChoice, ZPermanence, ZPermanenceException, ZRendezVousCreate, ZRendezVousMove, ZRendezVousStatus,
} from "@/lib/domain/agenda/schemas";

const revalidate: Revalidate[] = [["/agenda", "layout"], ["/usagers", "layout"]];

export async function createRendezVousAction(input: unknown, form?: unknown) {
  return runAction(ZRendezVousCreate, form ?? input, (actor, data) => createRendezVous(actor, data), {
    revalidate,
    redirectTo: (rdv) => `/agenda/rendez-vous/${rdv.id}`,
  });
}

export async function moveRendezVousAction(input: unknown, form?: unknown) {
  return runAction(ZRendezVousMove, form ?? input, (actor, data) => moveRendezVous(actor, data), { revalidate });
}

export async function setRendezVousStatusAction(input: unknown, form?: unknown) {
  return runAction(ZRendezVousStatus, form ?? input, (actor, data) => setRendezVousStatus(actor, data), { revalidate });
}

export async function createPermanenceAction(input: unknown, form?: unknown) {
  return runAction(ZPermanence, form ?? input, (actor, data) => createPermanence(actor, data), { revalidate });
}

export async function addPermanenceExceptionAction(input: unknown, form?: unknown) {
  return runAction(ZPermanenceException, form ?? input, (actor, data) => addPermanenceException(actor, data), { revalidate });
}

const ZPermanenceRef = z.object({ permanenceId: z.uuid({ error: "Permanence inconnue." }) });
const ZExceptionRef = z.object({ exceptionId: z.uuid({ error: "Date exclue inconnue." }) });

export async function removePermanenceExceptionAction(input: unknown, form?: unknown) {
  return runAction(ZExceptionRef, form ?? input, (actor, data) => removePermanenceException(actor, data), { revalidate });
}

export async function closePermanenceAction(input: unknown, form?: unknown) {
  return runAction(ZPermanenceRef, form ?? input, (actor, data) => closePermanence(actor, data), { revalidate });
}

/** Also used by the agent, from a fiche de liaison of their site (the form sends one radio per slot). */
export async function bookPermanenceSlotAction(input: unknown, form?: unknown) {
  return runAction(ZBookSlotChoice, form ?? input, (actor, data) => bookPermanenceSlot(actor, data), {
    revalidate: [["/fiches-liaison", "layout"], ...revalidate],
  });
}
