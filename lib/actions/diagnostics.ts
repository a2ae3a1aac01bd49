"use server";

import { runAction } from "@/lib/actions/run-action";
import { createDiagnostic } from "@/lib/domain/diagnostics/commands";
import { ZDiagnostic } from "@/lib/domain/diagnostics/schemas";

export async function createDiagnosticAction(input: unknown, form?: unknown) {
  return runAction(ZDiagnostic, form ?? input, createDiagnostic, {
    revalidate: [["/usagers", "layout"]],
    redirectTo: (_diagnostic, input) => `/usagers/${input.usagerId}?enregistre=diagnostic#diagnostic`,
  });
}
