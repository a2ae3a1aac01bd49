"use server";

import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { addReferent, createUsager, removeReferent, setUsagerStatus, updateUsager } from "@/lib/domain/usagers/commands";
import { findLikelyDuplicates } from "@/lib/domain/usagers/duplicates";
import { ZDuplicateQuery, ZReferentChange, ZUsagerCreate, ZUsagerStatusChange, ZUsagerUpdate } from "@/lib/domain/usagers/schemas";
import { usagerListHref, ZUsagerSearchForm } from "@/lib/domain/usagers/list-params";
import { canListUsagers } from "@/lib/auth/permissions";
import { ownCaseloadByDefault } from "@/lib/auth/caseload";
import { NotFoundError } from "@/lib/domain/errors";
import { sealUsagerSearch } from "@/lib/security/usager-search";

const revalidate: Revalidate[] = [["/usagers", "layout"]];

export async function createUsagerAction(input: unknown, form?: unknown) {
  return runAction(ZUsagerCreate, form ?? input, (actor, data) => createUsager(actor, data), {
    // From the accueil's queue: straight on to the entretien of the permanence.
    redirectTo: (u, input) => (input.fileAttenteId ? `/usagers/${u.id}/entretiens/nouveau?file=${input.fileAttenteId}` : `/usagers/${u.id}`),
  });
}

export async function findDuplicatesAction(input: unknown) {
  return runAction(ZDuplicateQuery, input, findLikelyDuplicates);
}

export async function updateUsagerAction(input: unknown, form?: unknown) {
  return runAction(ZUsagerUpdate, form ?? input, updateUsager, {
    revalidate, redirectTo: (_saved, usager) => `/usagers/${usager.id}`,
  });
}

export async function addReferentAction(input: unknown, form?: unknown) {
  return runAction(ZReferentChange, form ?? input, addReferent, { revalidate });
}

export async function removeReferentAction(input: unknown, form?: unknown) {
  return runAction(ZReferentChange, form ?? input, removeReferent, { revalidate });
}

export async function setUsagerStatusAction(input: unknown, form?: unknown) {
  return runAction(ZUsagerStatusChange, form ?? input, setUsagerStatus, { revalidate });
}

/**
 * The usagers search, posted so that the name never enters the address (decision 0064): answers
 * the list's URL with the term sealed for this user. Sent by the form (with or without
 * JavaScript) it goes there; called with an object (the search-as-you-type) it returns it.
 */
export async function searchUsagersAction(input: unknown, form?: unknown) {
  return runAction(ZUsagerSearchForm, form ?? input, async (actor, { q, ...filters }) => {
    if (!canListUsagers(actor)) throw new NotFoundError();
    // The référent select of a form sent without JavaScript always holds a value: one's own id is
    // the default, which a search widens to the structure (lib/auth/caseload.ts).
    if (filters.referent === actor.id && ownCaseloadByDefault(actor)) filters.referent = "";
    return { href: usagerListHref(filters, q ? sealUsagerSearch(actor.id, q) : undefined) };
  }, { redirectTo: (result) => result.href });
}
