// Reads of the courriers feature, inside the actor's scopes: what a record's Courriers card
// offers (built-in letters with the reason one cannot be written yet, the structure's templates)
// and the letters already generated, with their files and how each reached the person.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canGenerateCourrier } from "@/lib/auth/permissions";
import { detteScope } from "@/lib/auth/scopes/accompagnement";
import { documentScope } from "@/lib/auth/scopes/document";
import { courrierGenereScope, courrierModeleScope } from "@/lib/auth/scopes/courrier-genere";
import { nameLookup } from "@/lib/domain/shared/user-names";
import { rowsById, rowsByParent } from "@/lib/domain/shared/related-rows";
import { NotFoundError, DomainError } from "@/lib/domain/errors";
import { isUuid } from "@/lib/domain/shared/fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emailConfigured } from "@/lib/notifications/email";
import { aideLetterRefusal } from "./builtins/aide";
import { BUILTINS } from "./builtins/registry";
import { BUILTIN_KEYS, BUILTIN_LETTERS, type BuiltinKey, type CourrierSource } from "./labels";
import { loadSource, type SourceContext } from "./sources";

export type BuiltinOffer = { key: BuiltinKey; titre: string; refusal: string | null };

function builtinOffers(ctx: SourceContext): BuiltinOffer[] {
  const early = ctx.aide ? aideLetterRefusal(ctx.aide.aide, null) : null;
  return BUILTIN_KEYS.filter((k) => BUILTIN_LETTERS[k].source === ctx.source)
    .map((key) => ({ key, titre: BUILTIN_LETTERS[key].titre, refusal: early ?? BUILTINS[key].refusal(ctx) }));
}

/** Active templates of the structure written for this kind of record. */
export function listModelesForSource(actor: Actor, source: CourrierSource) {
  return db.courrierModele.findMany({
    where: { AND: [courrierModeleScope(actor), { source, archivedAt: null, versions: { some: {} } }] },
    orderBy: { nom: "asc" },
    select: { id: true, nom: true, description: true },
  });
}

/** Generated letters (newest first), with their files the actor may see and their envois. */
export async function listCourriers(actor: Actor, where: Prisma.CourrierWhereInput) {
  const rows = await db.courrier.findMany({
    where: { AND: [courrierGenereScope(actor), where] },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 100,
  });
  // The related rows are read only when there is a letter (related-rows.ts); the files through
  // the documents' scope, in the same statement that tells which ones the actor may open.
  const [visible, versions, envois, usagers] = await Promise.all([
    rowsById(rows.flatMap((r) => [r.pdfDocumentId, r.docxDocumentId]), (ids) => db.document.findMany({
      where: { AND: [documentScope(actor), { id: { in: ids }, deletedAt: null }] }, select: { id: true, name: true },
    })),
    rowsById(rows.map((r) => r.modeleVersionId), (ids) => db.courrierModeleVersion.findMany({ where: { id: { in: ids } }, select: { id: true, numero: true } })),
    rowsByParent(rows.map((r) => r.id), (ids) => db.courrierEnvoi.findMany({ where: { courrierId: { in: ids } }, orderBy: { createdAt: "asc" } }), (e) => e.courrierId),
    rowsById(rows.map((r) => r.usagerId), (ids) => db.usager.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } })),
  ]);
  const names = await nameLookup(actor, rows.flatMap((r) => [r.createdById, ...(envois.get(r.id) ?? []).map((e) => e.createdById)]));
  const file = (id: string | null) => (id ? (visible.get(id) ?? null) : null);
  return rows.map((r) => ({
    id: r.id, titre: r.titre, source: r.source, sourceId: r.sourceId, createdAt: r.createdAt, by: names(r.createdById),
    version: (r.modeleVersionId ? versions.get(r.modeleVersionId)?.numero : null) ?? null, pdf: file(r.pdfDocumentId), docx: file(r.docxDocumentId),
    pdfIndisponible: r.pdfIndisponible, hasEmail: Boolean(usagers.get(r.usagerId)?.email),
    envois: (envois.get(r.id) ?? []).map((e) => ({ id: e.id, mode: e.mode, le: e.le, recommande: e.recommande, by: names(e.createdById), email: e.email })),
  }));
}
export type CourrierRow = Awaited<ReturnType<typeof listCourriers>>[number];

/**
 * What the Courriers card of a record shows; null when the record is unknown or out of reach
 * (the page around it answers 404 anyway). On the dossier, every letter of the dossier is listed.
 */
export async function getCourrierCard(actor: Actor, source: CourrierSource, sourceId: string) {
  if (!isUuid(sourceId)) return null;
  let ctx: SourceContext;
  try {
    ctx = await loadSource(actor, source, sourceId);
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof DomainError) return null;
    throw error;
  }
  if (!canGenerateCourrier(actor, ctx.usager)) return null;
  const [modeles, courriers] = await Promise.all([
    listModelesForSource(actor, source),
    listCourriers(actor, source === "DOSSIER" ? { usagerId: ctx.usager.id } : { source, sourceId }),
  ]);
  return {
    usagerId: ctx.usager.id, archived: ctx.usager.status === "ARCHIVE", builtins: builtinOffers(ctx), modeles, courriers,
    emailReady: emailConfigured(), bailleur: ctx.usager.bailleur, creancier: ctx.dette?.dette.creancier ?? null,
    aideRefusal: ctx.aide ? aideLetterRefusal(ctx.aide.aide, null) : null,
  };
}
export type CourrierCard = NonNullable<Awaited<ReturnType<typeof getCourrierCard>>>;

/** The debts of a budgetary support, for the creditor letters of its page. */
export async function listDettesForCourrier(actor: Actor, accompagnementId: string) {
  if (!isUuid(accompagnementId)) return [];
  return db.dette.findMany({
    where: { AND: [detteScope(actor), { accompagnementId, accompagnement: { type: "BUDGETAIRE" } }] },
    orderBy: { creancier: "asc" },
    select: { id: true, creancier: true, montantCents: true },
  });
}
