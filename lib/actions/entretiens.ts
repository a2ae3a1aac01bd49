"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { createEntretien, markRappelFait } from "@/lib/domain/entretiens/commands";
import { ZEntretien, ZRappelFait } from "@/lib/domain/entretiens/schemas";

export async function createEntretienAction(input: unknown) {
  const result = await runAction(ZEntretien, input, createEntretien);
  if (result.ok) revalidatePath("/usagers", "layout");
  return result;
}

export async function markRappelFaitAction(input: unknown) {
  const result = await runAction(ZRappelFait, input, markRappelFait);
  if (result.ok) revalidatePath("/a-faire");
  return result;
}
