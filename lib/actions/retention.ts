"use server";

import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { confirmAnonymisation, refreshRetentionReview } from "@/lib/domain/retention/commands";
import { ZAnonymiseSelection } from "@/lib/domain/retention/schemas";

export async function confirmAnonymisationAction(input: unknown, form?: unknown) {
  return runAction(ZAnonymiseSelection, form ?? input, (actor, data) => confirmAnonymisation(actor, data), {
    revalidate: ["/parametres/conservation"],
    // From the list the page stays (with its confirmation); the preview's dossier no longer exists.
    redirectTo: (_result, selection) => (selection.depuis === "apercu" ? "/parametres/conservation" : null),
  });
}

/** A button without fields: whatever it is sent is ignored. */
export async function refreshRetentionReviewAction(_input?: unknown, form?: unknown) {
  return runAction(z.object({}), form ?? {}, (actor) => refreshRetentionReview(actor, {}), { revalidate: ["/parametres/conservation"] });
}
