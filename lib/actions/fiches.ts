"use server";

import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { sendFiche } from "@/lib/domain/fiches/send";
import { assignFiche, closeFiche, evaluateFiche, giveRdv, receiveFiche, reorientFiche } from "@/lib/domain/fiches/commands";
import { createDossierFromFiche, linkFicheToUsager } from "@/lib/domain/fiches/dossier-link";
import {
  ZFicheAssign, ZFicheClose, ZFicheDossier, ZFicheEvaluation, ZFicheLink, ZFicheRdv, ZFicheRef, ZFicheReorient, ZFicheSend,
} from "@/lib/domain/fiches/schemas";

const revalidate: Revalidate[] = [["/fiches-liaison", "layout"]];

export async function sendFicheAction(input: unknown, form?: unknown) {
  return runAction(ZFicheSend, form ?? input, (actor, data) => sendFiche(actor, data), {
    revalidate, redirectTo: (fiche) => `/fiches-liaison/${fiche.id}/confirmation`,
  });
}

export async function receiveFicheAction(input: unknown, form?: unknown) {
  return runAction(ZFicheRef, form ?? input, (actor, data) => receiveFiche(actor, data), { revalidate });
}

export async function evaluateFicheAction(input: unknown, form?: unknown) {
  return runAction(ZFicheEvaluation, form ?? input, (actor, data) => evaluateFiche(actor, data), { revalidate });
}

export async function linkFicheAction(input: unknown, form?: unknown) {
  return runAction(ZFicheLink, form ?? input, (actor, data) => linkFicheToUsager(actor, data), { revalidate });
}

export async function createDossierFromFicheAction(input: unknown, form?: unknown) {
  return runAction(ZFicheDossier, form ?? input, (actor, data) => createDossierFromFiche(actor, data), {
    revalidate: [["/usagers", "layout"], ...revalidate],
  });
}

export async function assignFicheAction(input: unknown, form?: unknown) {
  return runAction(ZFicheAssign, form ?? input, (actor, data) => assignFiche(actor, data), { revalidate });
}

export async function giveRdvAction(input: unknown, form?: unknown) {
  return runAction(ZFicheRdv, form ?? input, (actor, data) => giveRdv(actor, data), { revalidate });
}

export async function reorientFicheAction(input: unknown, form?: unknown) {
  return runAction(ZFicheReorient, form ?? input, (actor, data) => reorientFiche(actor, data), { revalidate });
}

export async function closeFicheAction(input: unknown, form?: unknown) {
  return runAction(ZFicheClose, form ?? input, (actor, data) => closeFiche(actor, data), { revalidate });
}
