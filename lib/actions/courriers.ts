"use server";

// Server actions of the courriers feature: generate a letter from a record, record how it
// reached the person, the letterhead, and archiving templates. Uploads of files (templates,
// logo) go through route handlers (app/api/courriers/…): their bodies exceed the small limit
// kept for every server action.
import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { generateCourrier, recordCourrierEnvoi } from "@/lib/domain/courriers/commands";
import { removeLogo, saveLetterhead } from "@/lib/domain/courriers/letterhead-commands";
import { archiveTemplate, restoreTemplate } from "@/lib/domain/courriers/template-commands";
import { ZCourrierEnvoi, ZGenerateCourrier, ZLetterhead, ZModeleId, ZNoInput } from "@/lib/domain/courriers/schemas";

// A letter shows on its record's page, on the dossier and in its history.
const LETTER_PAGES: Revalidate[] = [["/usagers", "layout"], ["/agenda/rendez-vous", "layout"]];
const SETTINGS_PAGES: Revalidate[] = [["/parametres/courriers", "layout"]];

export async function generateCourrierAction(input: unknown, form?: unknown) {
  return runAction(ZGenerateCourrier, form ?? input, (actor, data) => generateCourrier(actor, data), { revalidate: LETTER_PAGES });
}

export async function recordCourrierEnvoiAction(input: unknown, form?: unknown) {
  return runAction(ZCourrierEnvoi, form ?? input, (actor, data) => recordCourrierEnvoi(actor, data), { revalidate: LETTER_PAGES });
}

export async function saveLetterheadAction(input: unknown, form?: unknown) {
  return runAction(ZLetterhead, form ?? input, saveLetterhead, { revalidate: SETTINGS_PAGES });
}

export async function removeLogoAction(input: unknown, form?: unknown) {
  return runAction(ZNoInput, form ?? input, (actor) => removeLogo(actor), { revalidate: SETTINGS_PAGES });
}

export async function archiveCourrierModeleAction(input: unknown, form?: unknown) {
  return runAction(ZModeleId, form ?? input, archiveTemplate, { revalidate: SETTINGS_PAGES });
}

export async function restoreCourrierModeleAction(input: unknown, form?: unknown) {
  return runAction(ZModeleId, form ?? input, restoreTemplate, { revalidate: SETTINGS_PAGES });
}
