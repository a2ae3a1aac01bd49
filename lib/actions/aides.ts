"use server";

// Server actions of the aid pages: signed-in actor → the form's own schema → domain command →
// ActionResult (French field errors, never a 500).
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { changeAideStatus, createAide, recordAidePayment, updateAideRequest } from "@/lib/domain/aides/commands";
import { ZAideCreate, ZAidePayment, ZAideStatusChange, ZAideUpdate } from "@/lib/domain/aides/schemas";
import type { ActionResult } from "@/lib/domain/errors";

function refreshed<T>(result: ActionResult<T>) {
  if (result.ok) {
    revalidatePath("/usagers", "layout");
    revalidatePath("/aides");
  }
  return result;
}

export async function createAideAction(input: unknown) {
  return refreshed(await runAction(ZAideCreate, input, createAide));
}

export async function updateAideAction(input: unknown) {
  return refreshed(await runAction(ZAideUpdate, input, updateAideRequest));
}

export async function changeAideStatusAction(input: unknown) {
  return refreshed(await runAction(ZAideStatusChange, input, changeAideStatus));
}

export async function recordAidePaymentAction(input: unknown) {
  return refreshed(await runAction(ZAidePayment, input, recordAidePayment));
}
