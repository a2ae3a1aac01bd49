"use server";

// Server actions of the mail register (TS, RESPONSABLE, reception agent of a Maison des
// Solidarités): the domain checks who may use it; anyone else gets "introuvable".
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { handOverCourrier, receiveCourrier, returnCourrier } from "@/lib/domain/domiciliation/courrier-commands";
import { ZCourrierHandOver, ZCourrierReceive, ZCourrierReturn } from "@/lib/domain/domiciliation/schemas";
import type { ActionResult } from "@/lib/domain/errors";

function refreshed<T>(result: ActionResult<T>) {
  if (result.ok) {
    revalidatePath("/courrier");
    revalidatePath("/usagers", "layout");
  }
  return result;
}

export async function receiveCourrierAction(input: unknown) {
  return refreshed(await runAction(ZCourrierReceive, input, (actor, data) => receiveCourrier(actor, data)));
}

export async function handOverCourrierAction(input: unknown) {
  return refreshed(await runAction(ZCourrierHandOver, input, (actor, data) => handOverCourrier(actor, data)));
}

export async function returnCourrierAction(input: unknown) {
  return refreshed(await runAction(ZCourrierReturn, input, returnCourrier));
}
