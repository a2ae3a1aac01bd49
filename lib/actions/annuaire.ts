"use server";

import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { createPartenaire, setPartenaireActif, updatePartenaire } from "@/lib/domain/annuaire/commands";
import { ZPartenaire, ZPartenaireActif, ZPartenaireUpdate } from "@/lib/domain/annuaire/schemas";

const revalidate: Revalidate[] = [["/annuaire", "layout"]];

export async function createPartenaireAction(input: unknown, form?: unknown) {
  return runAction(ZPartenaire, form ?? input, createPartenaire, { revalidate, redirectTo: (p) => `/annuaire/${p.id}` });
}

export async function updatePartenaireAction(input: unknown, form?: unknown) {
  return runAction(ZPartenaireUpdate, form ?? input, updatePartenaire, { revalidate });
}

export async function setPartenaireActifAction(input: unknown, form?: unknown) {
  return runAction(ZPartenaireActif, form ?? input, setPartenaireActif, { revalidate });
}
