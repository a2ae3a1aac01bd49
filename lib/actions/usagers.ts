"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { addReferent, createUsager, removeReferent, setUsagerStatus, updateUsager } from "@/lib/domain/usagers/commands";
import { findLikelyDuplicates } from "@/lib/domain/usagers/duplicates";
import { ZDuplicateQuery, ZReferentChange, ZUsagerCreate, ZUsagerStatusChange, ZUsagerUpdate } from "@/lib/domain/usagers/schemas";

export async function createUsagerAction(input: unknown) {
  return runAction(ZUsagerCreate, input, (actor, data) => createUsager(actor, data));
}

export async function findDuplicatesAction(input: unknown) {
  return runAction(ZDuplicateQuery, input, findLikelyDuplicates);
}

export async function updateUsagerAction(input: unknown) {
  const result = await runAction(ZUsagerUpdate, input, updateUsager);
  if (result.ok) revalidatePath("/usagers", "layout");
  return result;
}

export async function addReferentAction(input: unknown) {
  const result = await runAction(ZReferentChange, input, addReferent);
  if (result.ok) revalidatePath("/usagers", "layout");
  return result;
}

export async function removeReferentAction(input: unknown) {
  const result = await runAction(ZReferentChange, input, removeReferent);
  if (result.ok) revalidatePath("/usagers", "layout");
  return result;
}

export async function setUsagerStatusAction(input: unknown) {
  const result = await runAction(ZUsagerStatusChange, input, setUsagerStatus);
  if (result.ok) revalidatePath("/usagers", "layout");
  return result;
}
