// Produces a letter's files for a record, without storing anything: a built-in letter (PDF and
// DOCX, no LibreOffice needed) or a template of the structure (DOCX, and its PDF when LibreOffice
// is installed). Used to generate (commands.ts) and to preview a template (queries.ts).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { courrierModeleScope } from "@/lib/auth/scopes/courrier-genere";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import type { LetterheadSettings } from "@/lib/domain/shared/letter/letterhead";
import { renderLetterDocx } from "@/lib/domain/shared/letter/render-docx";
import { renderLetterPdf } from "@/lib/domain/shared/letter/render-pdf";
import { aideLetterRefusal } from "./builtins/aide";
import { BUILTINS } from "./builtins/registry";
import { BUILTIN_LETTERS, BUILTIN_KEYS, SOURCE_LABELS, type BuiltinKey } from "./labels";
import { convertDocxToPdf } from "./pdf-convert";
import type { GenerateCourrier } from "./schemas";
import type { SourceContext } from "./sources";
import { templateData } from "./template-data";
import { renderTemplate } from "./template-render";

export type Produced = {
  titre: string;
  pdf: Buffer | null;
  docx: Buffer;
  pdfIndisponible: string | null;
  modeleInterne: BuiltinKey | null;
  modeleVersionId: string | null;
};

export const isBuiltinKey = (v: string): v is BuiltinKey => (BUILTIN_KEYS as readonly string[]).includes(v);
const refuse = (message: string): never => {
  throw new DomainError(message, { modele: message });
};

/** The newest version of an active template of the structure, written for this kind of record. */
export async function currentVersion(actor: Actor, modeleId: string, source: SourceContext["source"], { allowArchived = false } = {}) {
  const modele = await db.courrierModele.findFirst({
    where: { AND: [courrierModeleScope(actor), { id: modeleId }] },
    include: { versions: { orderBy: { numero: "desc" }, take: 1 } },
  });
  if (!modele || !modele.versions[0]) throw new NotFoundError();
  if (modele.archivedAt && !allowArchived) refuse(`Le modèle « ${modele.nom} » est archivé : il ne sert plus à générer de courrier.`);
  if (modele.source !== source) refuse(`Le modèle « ${modele.nom} » s'utilise depuis : ${SOURCE_LABELS[modele.source]}.`);
  return { modele, version: modele.versions[0] };
}

/** `pdf: false` skips the LibreOffice conversion of a template (the preview's text needs none). */
export async function produceLetter(actor: Actor, ctx: SourceContext, input: GenerateCourrier, settings: LetterheadSettings, now: Date, options: { allowArchived?: boolean; pdf?: boolean } = {}): Promise<Produced> {
  // Whatever the letter, nothing is written about an aid before its decision.
  if (ctx.aide) {
    const early = aideLetterRefusal(ctx.aide.aide, null);
    if (early) refuse(early);
  }
  if (isBuiltinKey(input.modele)) {
    const key = input.modele;
    if (BUILTIN_LETTERS[key].source !== ctx.source) refuse(`Le courrier « ${BUILTIN_LETTERS[key].titre} » se génère depuis : ${SOURCE_LABELS[BUILTIN_LETTERS[key].source]}.`);
    const refusal = BUILTINS[key].refusal(ctx);
    if (refusal) refuse(refusal);
    const letter = await BUILTINS[key].build({ ctx, settings, actor, now, input });
    return { titre: BUILTIN_LETTERS[key].titre, pdf: await renderLetterPdf(letter), docx: renderLetterDocx(letter), pdfIndisponible: null, modeleInterne: key, modeleVersionId: null };
  }
  const { modele, version } = await currentVersion(actor, input.modele, ctx.source, options);
  const docx = renderTemplate(version.fichier, templateData(ctx, settings, actor, now));
  const conversion = options.pdf === false ? { ok: false as const, reason: "" } : await convertDocxToPdf(docx);
  return {
    titre: modele.nom, docx, pdf: conversion.ok ? conversion.pdf : null, pdfIndisponible: conversion.ok ? null : conversion.reason || null,
    modeleInterne: null, modeleVersionId: version.id,
  };
}
