"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import type { ActionResult } from "@/lib/domain/errors";
import { sendFiche } from "@/lib/domain/fiches/send";
import { assignFiche, closeFiche, evaluateFiche, giveRdv, receiveFiche, reorientFiche } from "@/lib/domain/fiches/commands";
import { createDossierFromFiche, linkFicheToUsager } from "@/lib/domain/fiches/dossier-link";
import {
  ZFicheAssign, ZFicheClose, ZFicheDossier, ZFicheEvaluation, ZFicheLink, ZFicheRdv, ZFicheRef, ZFicheReorient, ZFicheSend,
} from "@/lib/domain/fiches/schemas";

function refreshed<T>(result: ActionResult<T>) {
  if (result.ok) revalidatePath("/fiches-liaison", "layout");
  return result;
}

export async function sendFicheAction(input: unknown) {
  return refreshed(await runAction(ZFicheSend, input, (actor, data) => sendFiche(actor, data)));
}

export async function receiveFicheAction(input: unknown) {
  return refreshed(await runAction(ZFicheRef, input, (actor, data) => receiveFiche(actor, data)));
}

export async function evaluateFicheAction(input: unknown) {
  return refreshed(await runAction(ZFicheEvaluation, input, (actor, data) => evaluateFiche(actor, data)));
}

export async function linkFicheAction(input: unknown) {
  return refreshed(await runAction(ZFicheLink, input, (actor, data) => linkFicheToUsager(actor, data)));
}

export async function createDossierFromFicheAction(input: unknown) {
  const result = await runAction(ZFicheDossier, input, (actor, data) => createDossierFromFiche(actor, data));
  if (result.ok) revalidatePath("/usagers", "layout");
  return refreshed(result);
}

export async function assignFicheAction(input: unknown) {
  return refreshed(await runAction(ZFicheAssign, input, (actor, data) => assignFiche(actor, data)));
}

export async function giveRdvAction(input: unknown) {
  return refreshed(await runAction(ZFicheRdv, input, (actor, data) => giveRdv(actor, data)));
}

export async function reorientFicheAction(input: unknown) {
  return refreshed(await runAction(ZFicheReorient, input, (actor, data) => reorientFiche(actor, data)));
}

export async function closeFicheAction(input: unknown) {
  return refreshed(await runAction(ZFicheClose, input, (actor, data) => closeFiche(actor, data)));
}
