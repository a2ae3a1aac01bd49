"use server";

import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { addReferent, createUsager, removeReferent, setUsagerStatus, updateUsager } from "@/lib/domain/usagers/commands";
import { findLikelyDuplicates } from "@/lib/domain/usagers/duplicates";
import { ZDuplicateQuery, ZReferentChange, ZUsagerCreate, ZUsagerStatusChange, ZUsagerUpdate } from "@/lib/domain/usagers/schemas";

const revalidate: Revalidate[] = [["/usagers", "layout"]];

export async function createUsagerAction(input: unknown, form?: unknown) {
  return runAction(ZUsagerCreate, form ?? input, (actor, data) => createUsager(actor, data), {
    // From the accueil's queue: straight on to the entretien of the permanence.
    redirectTo: (u, input) => (input.fileAttenteId ? `/usagers/${u.id}/entretiens/nouveau?file=${input.fileAttenteId}` : `/usagers/${u.id}`),
  });
}

export async function findDuplicatesAction(input: unknown) {
  return runAction(ZDuplicateQuery, input, findLikelyDuplicates);
}

export async function updateUsagerAction(input: unknown, form?: unknown) {
  return runAction(ZUsagerUpdate, form ?? input, updateUsager, {
    revalidate, redirectTo: (_saved, usager) => `/usagers/${usager.id}`,
  });
}

export async function addReferentAction(input: unknown, form?: unknown) {
  return runAction(ZReferentChange, form ?? input, addReferent, { revalidate });
}

export async function removeReferentAction(input: unknown, form?: unknown) {
  return runAction(ZReferentChange, form ?? input, removeReferent, { revalidate });
}

export async function setUsagerStatusAction(input: unknown, form?: unknown) {
  return runAction(ZUsagerStatusChange, form ?? input, setUsagerStatus, { revalidate });
}
