"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { confirmAnonymisation, refreshRetentionReview } from "@/lib/domain/retention/commands";
import { ZAnonymiseSelection } from "@/lib/domain/retention/schemas";

export async function confirmAnonymisationAction(input: unknown) {
  const result = await runAction(ZAnonymiseSelection, input, (actor, data) => confirmAnonymisation(actor, data));
  if (result.ok) revalidatePath("/parametres/conservation");
  return result;
}

export async function refreshRetentionReviewAction() {
  const result = await runAction(z.object({}), {}, (actor) => refreshRetentionReview(actor, {}));
  if (result.ok) revalidatePath("/parametres/conservation");
  return result;
}
