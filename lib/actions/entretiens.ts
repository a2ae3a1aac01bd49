"use server";

import { runAction } from "@/lib/actions/run-action";
import { createEntretien, markRappelFait } from "@/lib/domain/entretiens/commands";
import { ZEntretien, ZRappelFait } from "@/lib/domain/entretiens/schemas";

export async function createEntretienAction(input: unknown, form?: unknown) {
  return runAction(ZEntretien, form ?? input, createEntretien, {
    revalidate: [["/usagers", "layout"]],
    redirectTo: (e) => `/usagers/${e.usagerId}?enregistre=entretien#entretien-${e.id}`,
  });
}

export async function markRappelFaitAction(input: unknown, form?: unknown) {
  return runAction(ZRappelFait, form ?? input, markRappelFait, { revalidate: ["/a-faire"] });
}
