"use server";

import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { createTransmission, editTransmission } from "@/lib/domain/transmissions/commands";
import { ZTransmission, ZTransmissionEdit } from "@/lib/domain/transmissions/schemas";

// The dossier and its aides and orientations show the threads.
const revalidate: Revalidate[] = [["/usagers", "layout"]];

export async function createTransmissionAction(input: unknown, form?: unknown) {
  return runAction(ZTransmission, form ?? input, createTransmission, { revalidate });
}

export async function editTransmissionAction(input: unknown, form?: unknown) {
  return runAction(ZTransmissionEdit, form ?? input, editTransmission, { revalidate });
}
