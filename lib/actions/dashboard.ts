"use server";

// Bulk reassignment: signed-in actor → the form's own schema → domain command → ActionResult.
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { reassignDossiers } from "@/lib/domain/dashboard/reassign";
import { ZReassign } from "@/lib/domain/dashboard/reassign-schema";

export async function reassignDossiersAction(input: unknown) {
  const result = await runAction(ZReassign, input, reassignDossiers);
  if (result.ok) {
    revalidatePath("/tableau-de-bord", "layout");
    revalidatePath("/usagers", "layout");
  }
  return result;
}
