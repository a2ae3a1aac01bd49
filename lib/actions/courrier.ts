"use server";

// Server actions of the mail register (TS, RESPONSABLE, reception agent of a Maison des
// Solidarités): the domain checks who may use it; anyone else gets "introuvable".
import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { handOverCourrier, receiveCourrier, returnCourrier } from "@/lib/domain/domiciliation/courrier-commands";
import { ZCourrierHandOver, ZCourrierReceive, ZCourrierReturn } from "@/lib/domain/domiciliation/schemas";

const revalidate: Revalidate[] = ["/courrier", ["/usagers", "layout"]];

export async function receiveCourrierAction(input: unknown, form?: unknown) {
  return runAction(ZCourrierReceive, form ?? input, (actor, data) => receiveCourrier(actor, data), { revalidate });
}

export async function handOverCourrierAction(input: unknown, form?: unknown) {
  return runAction(ZCourrierHandOver, form ?? input, (actor, data) => handOverCourrier(actor, data), { revalidate });
}

export async function returnCourrierAction(input: unknown, form?: unknown) {
  return runAction(ZCourrierReturn, form ?? input, returnCourrier, { revalidate });
}
