"use server";

// Server actions of the dossier's domiciliation page: signed-in actor → the form's own schema →
// domain command → ActionResult (French field errors, never a 500).
import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { decideDomiciliation, endDomiciliation, keepDomiciliation, linkDomiciliationEntretien, renewDomiciliation, requestDomiciliation } from "@/lib/domain/domiciliation/commands";
import {
  ZDomiciliationDecision, ZDomiciliationEnd, ZDomiciliationEntretien, ZDomiciliationKeep, ZDomiciliationRenewal, ZDomiciliationRequest,
} from "@/lib/domain/domiciliation/schemas";

const revalidate: Revalidate[] = [["/usagers", "layout"], "/domiciliations", "/courrier"];

export async function requestDomiciliationAction(input: unknown, form?: unknown) {
  return runAction(ZDomiciliationRequest, form ?? input, (actor, data) => requestDomiciliation(actor, data), { revalidate });
}

export async function linkDomiciliationEntretienAction(input: unknown, form?: unknown) {
  return runAction(ZDomiciliationEntretien, form ?? input, linkDomiciliationEntretien, { revalidate });
}

export async function decideDomiciliationAction(input: unknown, form?: unknown) {
  return runAction(ZDomiciliationDecision, form ?? input, (actor, data) => decideDomiciliation(actor, data), { revalidate });
}

export async function renewDomiciliationAction(input: unknown, form?: unknown) {
  return runAction(ZDomiciliationRenewal, form ?? input, renewDomiciliation, { revalidate });
}

export async function endDomiciliationAction(input: unknown, form?: unknown) {
  return runAction(ZDomiciliationEnd, form ?? input, endDomiciliation, { revalidate });
}

export async function keepDomiciliationAction(input: unknown, form?: unknown) {
  return runAction(ZDomiciliationKeep, form ?? input, (actor, data) => keepDomiciliation(actor, data), { revalidate });
}
