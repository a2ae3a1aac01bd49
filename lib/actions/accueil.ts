"use server";

import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { recordPassage } from "@/lib/domain/accueil/passage-commands";
import { ZPassage } from "@/lib/domain/accueil/schemas";

// The desk's register, the queue and the figures all show the change.
const revalidate: Revalidate[] = ["/passages", "/file-attente", "/tableau-de-bord"];

export async function recordPassageAction(input: unknown, form?: unknown) {
  // Back to an empty desk form for the next person (the chosen dossier is in the address).
  return runAction(ZPassage, form ?? input, recordPassage, { revalidate, redirectTo: (_p, i) => `/passages?site=${i.siteId}&enregistre=1` });
}
