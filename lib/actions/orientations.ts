"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { changeOrientationStatus, createOrientation, recordOrientationRelance } from "@/lib/domain/orientations/commands";
import { ZOrientation, ZOrientationRelance, ZOrientationStatusChange } from "@/lib/domain/orientations/schemas";

// The dossier, its orientations and the structure's list all show the change.
function refresh() {
  revalidatePath("/usagers", "layout");
  revalidatePath("/orientations");
}

export async function createOrientationAction(input: unknown) {
  const result = await runAction(ZOrientation, input, createOrientation);
  if (result.ok) refresh();
  return result;
}

export async function changeOrientationStatusAction(input: unknown) {
  const result = await runAction(ZOrientationStatusChange, input, changeOrientationStatus);
  if (result.ok) refresh();
  return result;
}

export async function recordOrientationRelanceAction(input: unknown) {
  const result = await runAction(ZOrientationRelance, input, recordOrientationRelance);
  if (result.ok) refresh();
  return result;
}
