"use server";

import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { changeTacheStatus, createTache } from "@/lib/domain/taches/commands";
import { ZTache, ZTacheStatus } from "@/lib/domain/taches/schemas";

// The à-faire list, Ma journée (the home page) and the dossier show tasks.
const revalidate: Revalidate[] = ["/a-faire", "/accueil", ["/usagers", "layout"]];

export async function createTacheAction(input: unknown, form?: unknown) {
  return runAction(ZTache, form ?? input, createTache, { revalidate });
}

export async function changeTacheStatusAction(input: unknown, form?: unknown) {
  return runAction(ZTacheStatus, form ?? input, changeTacheStatus, { revalidate });
}
