"use server";

// Server actions of the workshop pages: signed-in actor → the form's own schema → domain command →
// ActionResult (French field errors, never a 500).
import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { changeAtelierStatus, createAtelier, updateAtelier } from "@/lib/domain/ateliers/commands";
import { desinscrireUsager, enregistrerPresences, inscrireUsager } from "@/lib/domain/ateliers/inscriptions";
import { ZAtelierCreate, ZAtelierStatus, ZAtelierUpdate, ZDesinscription, ZInscription, ZPresences } from "@/lib/domain/ateliers/schemas";

const revalidate: Revalidate[] = [["/ateliers", "layout"], ["/usagers", "layout"]];

export async function createAtelierAction(input: unknown, form?: unknown) {
  return runAction(ZAtelierCreate, form ?? input, (actor, data) => createAtelier(actor, data), {
    revalidate,
    redirectTo: (atelier) => `/ateliers/${atelier.id}`,
  });
}

export async function updateAtelierAction(input: unknown, form?: unknown) {
  return runAction(ZAtelierUpdate, form ?? input, (actor, data) => updateAtelier(actor, data), {
    revalidate,
    redirectTo: (_result, atelier) => `/ateliers/${atelier.id}`,
  });
}

export async function changeAtelierStatusAction(input: unknown, form?: unknown) {
  return runAction(ZAtelierStatus, form ?? input, (actor, data) => changeAtelierStatus(actor, data), { revalidate });
}

export async function inscrireUsagerAction(input: unknown, form?: unknown) {
  return runAction(ZInscription, form ?? input, inscrireUsager, { revalidate });
}

export async function desinscrireUsagerAction(input: unknown, form?: unknown) {
  return runAction(ZDesinscription, form ?? input, desinscrireUsager, { revalidate });
}

export async function enregistrerPresencesAction(input: unknown, form?: unknown) {
  return runAction(ZPresences, form ?? input, (actor, data) => enregistrerPresences(actor, data), { revalidate });
}
