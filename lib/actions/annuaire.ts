"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { createPartenaire, setPartenaireActif, updatePartenaire } from "@/lib/domain/annuaire/commands";
import { ZPartenaire, ZPartenaireActif, ZPartenaireUpdate } from "@/lib/domain/annuaire/schemas";

export async function createPartenaireAction(input: unknown) {
  const result = await runAction(ZPartenaire, input, createPartenaire);
  if (result.ok) revalidatePath("/annuaire", "layout");
  return result;
}

export async function updatePartenaireAction(input: unknown) {
  const result = await runAction(ZPartenaireUpdate, input, updatePartenaire);
  if (result.ok) revalidatePath("/annuaire", "layout");
  return result;
}

export async function setPartenaireActifAction(input: unknown) {
  const result = await runAction(ZPartenaireActif, input, setPartenaireActif);
  if (result.ok) revalidatePath("/annuaire", "layout");
  return result;
}
