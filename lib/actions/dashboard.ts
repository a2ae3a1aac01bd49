"use server";

// Bulk reassignment: signed-in actor → the form's own schema → domain command → ActionResult.
import { runAction } from "@/lib/actions/run-action";
import { reassignDossiers } from "@/lib/domain/dashboard/reassign";
import { ZReassign } from "@/lib/domain/dashboard/reassign-schema";

export async function reassignDossiersAction(input: unknown, form?: unknown) {
  return runAction(ZReassign, form ?? input, reassignDossiers, { revalidate: [["/tableau-de-bord", "layout"], ["/usagers", "layout"]] });
}
