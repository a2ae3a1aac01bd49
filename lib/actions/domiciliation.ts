"use server";

// Server actions of the dossier's domiciliation page: signed-in actor → the form's own schema →
// domain command → ActionResult (French field errors, never a 500).
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { decideDomiciliation, endDomiciliation, keepDomiciliation, linkDomiciliationEntretien, renewDomiciliation, requestDomiciliation } from "@/lib/domain/domiciliation/commands";
import {
  ZDomiciliationDecision, ZDomiciliationEnd, ZDomiciliationEntretien, ZDomiciliationKeep, ZDomiciliationRenewal, ZDomiciliationRequest,
} from "@/lib/domain/domiciliation/schemas";
import type { ActionResult } from "@/lib/domain/errors";

function refreshed<T>(result: ActionResult<T>) {
  if (result.ok) {
    revalidatePath("/usagers", "layout");
    revalidatePath("/domiciliations");
    revalidatePath("/courrier");
  }
  return result;
}

export async function requestDomiciliationAction(input: unknown) {
  return refreshed(await runAction(ZDomiciliationRequest, input, (actor, data) => requestDomiciliation(actor, data)));
}

export async function linkDomiciliationEntretienAction(input: unknown) {
  return refreshed(await runAction(ZDomiciliationEntretien, input, linkDomiciliationEntretien));
}

export async function decideDomiciliationAction(input: unknown) {
  return refreshed(await runAction(ZDomiciliationDecision, input, (actor, data) => decideDomiciliation(actor, data)));
}

export async function renewDomiciliationAction(input: unknown) {
  return refreshed(await runAction(ZDomiciliationRenewal, input, renewDomiciliation));
}

export async function endDomiciliationAction(input: unknown) {
  return refreshed(await runAction(ZDomiciliationEnd, input, endDomiciliation));
}

export async function keepDomiciliationAction(input: unknown) {
  return refreshed(await runAction(ZDomiciliationKeep, input, (actor, data) => keepDomiciliation(actor, data)));
}
