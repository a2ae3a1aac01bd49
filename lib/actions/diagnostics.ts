"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { createDiagnostic } from "@/lib/domain/diagnostics/commands";
import { ZDiagnostic } from "@/lib/domain/diagnostics/schemas";

export async function createDiagnosticAction(input: unknown) {
  const result = await runAction(ZDiagnostic, input, createDiagnostic);
  if (result.ok) revalidatePath("/usagers", "layout");
  return result;
}
