"use server";

import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { changeOrientationStatus, createOrientation, recordOrientationRelance } from "@/lib/domain/orientations/commands";
import { ZOrientation, ZOrientationRelance, ZOrientationStatusChange } from "@/lib/domain/orientations/schemas";

// The dossier, its orientations and the structure's list all show the change.
const revalidate: Revalidate[] = [["/usagers", "layout"], "/orientations"];

export async function createOrientationAction(input: unknown, form?: unknown) {
  return runAction(ZOrientation, form ?? input, createOrientation, {
    revalidate, redirectTo: (o, input) => `/usagers/${input.usagerId}/orientations/${o.id}`,
  });
}

export async function changeOrientationStatusAction(input: unknown, form?: unknown) {
  return runAction(ZOrientationStatusChange, form ?? input, changeOrientationStatus, { revalidate });
}

export async function recordOrientationRelanceAction(input: unknown, form?: unknown) {
  return runAction(ZOrientationRelance, form ?? input, recordOrientationRelance, { revalidate });
}
