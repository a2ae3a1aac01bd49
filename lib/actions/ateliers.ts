"use server";

// Server actions of the workshop pages: signed-in actor → the form's own schema → domain command →
// ActionResult (French field errors, never a 500).
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { changeAtelierStatus, createAtelier, updateAtelier } from "@/lib/domain/ateliers/commands";
import { desinscrireUsager, enregistrerPresences, inscrireUsager } from "@/lib/domain/ateliers/inscriptions";
import { ZAtelierCreate, ZAtelierStatus, ZAtelierUpdate, ZDesinscription, ZInscription, ZPresences } from "@/lib/domain/ateliers/schemas";
import type { ActionResult } from "@/lib/domain/errors";

function refreshed<T>(result: ActionResult<T>) {
  if (result.ok) {
    revalidatePath("/ateliers", "layout");
    revalidatePath("/usagers", "layout");
  }
  return result;
}

export async function createAtelierAction(input: unknown) {
  return refreshed(await runAction(ZAtelierCreate, input, (actor, data) => createAtelier(actor, data)));
}

export async function updateAtelierAction(input: unknown) {
  return refreshed(await runAction(ZAtelierUpdate, input, (actor, data) => updateAtelier(actor, data)));
}

export async function changeAtelierStatusAction(input: unknown) {
  return refreshed(await runAction(ZAtelierStatus, input, (actor, data) => changeAtelierStatus(actor, data)));
}

export async function inscrireUsagerAction(input: unknown) {
  return refreshed(await runAction(ZInscription, input, inscrireUsager));
}

export async function desinscrireUsagerAction(input: unknown) {
  return refreshed(await runAction(ZDesinscription, input, desinscrireUsager));
}

export async function enregistrerPresencesAction(input: unknown) {
  return refreshed(await runAction(ZPresences, input, (actor, data) => enregistrerPresences(actor, data)));
}
