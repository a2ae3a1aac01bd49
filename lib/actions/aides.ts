"use server";

// Server actions of the aid pages: signed-in actor → the form's own schema → domain command →
// ActionResult (French field errors, never a 500).
import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { changeAideStatus, createAide, recordAidePayment, updateAideRequest } from "@/lib/domain/aides/commands";
import { ZAideCreate, ZAidePayment, ZAideStatusChange, ZAideUpdate } from "@/lib/domain/aides/schemas";

const revalidate: Revalidate[] = [["/usagers", "layout"], "/aides"];

export async function createAideAction(input: unknown, form?: unknown) {
  return runAction(ZAideCreate, form ?? input, createAide, {
    revalidate, redirectTo: (aide) => `/usagers/${aide.usagerId}/aides/${aide.id}`,
  });
}

export async function updateAideAction(input: unknown, form?: unknown) {
  return runAction(ZAideUpdate, form ?? input, updateAideRequest, { revalidate });
}

export async function changeAideStatusAction(input: unknown, form?: unknown) {
  return runAction(ZAideStatusChange, form ?? input, changeAideStatus, { revalidate });
}

export async function recordAidePaymentAction(input: unknown, form?: unknown) {
  return runAction(ZAidePayment, form ?? input, recordAidePayment, { revalidate });
}
