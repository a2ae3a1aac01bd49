// Reads of the structure's templates, for the RESPONSABLE: the list, one template with its
// versions and the letters made from each, a version's file, and the preview of a template on a
// chosen dossier (rendered, never stored; the read of the dossier is audited).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canManageCourrierModeles } from "@/lib/auth/permissions";
import { detteScope } from "@/lib/auth/scopes/accompagnement";
import { aideScope } from "@/lib/auth/scopes/aide";
import { domiciliationScope } from "@/lib/auth/scopes/domiciliation";
import { orientationScope } from "@/lib/auth/scopes/orientation";
import { rendezVousScope } from "@/lib/auth/scopes/rendez-vous";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { courrierModeleScope } from "@/lib/auth/scopes/courrier-genere";
import { nameLookup } from "@/lib/domain/shared/user-names";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { AIDE_STATUS_LABELS, AIDE_TYPE_LABELS } from "@/lib/domain/aides/labels";
import { DOMICILIATION_STATUS_LABELS } from "@/lib/domain/domiciliation/labels";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { isUuid } from "@/lib/domain/shared/fields";
import { loadLetterhead } from "@/lib/domain/shared/letter/letterhead";
import { docxParagraphs } from "@/lib/domain/shared/letter/docx-text";
import { formatCalendarDate, formatDateTime, formatEuros } from "@/lib/format";
import { produceLetter } from "./produce";
import { loadSource } from "./sources";
import type { CourrierSource } from "./labels";

export async function listTemplates(actor: Actor) {
  if (!canManageCourrierModeles(actor)) return [];
  const rows = await db.courrierModele.findMany({
    where: courrierModeleScope(actor),
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { nom: "asc" }],
    include: { versions: { orderBy: { numero: "desc" }, take: 1, select: { numero: true, createdAt: true } }, _count: { select: { versions: true } } },
  });
  return rows.map((m) => ({ id: m.id, nom: m.nom, source: m.source, description: m.description, archivedAt: m.archivedAt, version: m.versions[0]?.numero ?? 0, depuis: m.versions[0]?.createdAt ?? m.createdAt }));
}

export async function getTemplate(actor: Actor, id: string) {
  if (!canManageCourrierModeles(actor) || !isUuid(id)) return null;
  const modele = await db.courrierModele.findFirst({
    where: { AND: [courrierModeleScope(actor), { id }] },
    include: {
      versions: {
        orderBy: { numero: "desc" },
        select: { id: true, numero: true, nomFichier: true, taille: true, balises: true, createdAt: true, createdById: true, _count: { select: { courriers: true } } },
      },
    },
  });
  if (!modele) return null;
  const names = await nameLookup(actor, modele.versions.map((v) => v.createdById));
  return { ...modele, versions: modele.versions.map((v) => ({ ...v, by: names(v.createdById), courriers: v._count.courriers })) };
}
export type TemplateDetail = NonNullable<Awaited<ReturnType<typeof getTemplate>>>;

/** A version's DOCX as it was uploaded (to edit it again in Word). */
export async function openTemplateVersion(actor: Actor, versionId: string) {
  if (!canManageCourrierModeles(actor) || !isUuid(versionId)) return null;
  const version = await db.courrierModeleVersion.findFirst({ where: { id: versionId, modele: courrierModeleScope(actor) }, select: { fichier: true, nomFichier: true } });
  return version ? { bytes: new Uint8Array(version.fichier), name: version.nomFichier } : null;
}

export type SourceChoice = { id: string; label: string };

/** The records of a dossier (found by its number) a template of this kind can be previewed on. */
export async function previewChoices(actor: Actor, source: CourrierSource, numeroDossier: string) {
  if (!canManageCourrierModeles(actor)) return null;
  const numero = numeroDossier.trim();
  if (!/^[\w-]{1,30}$/.test(numero)) return null;
  const usager = await db.usager.findFirst({ where: { AND: [usagerScope(actor), { numeroDossier: numero }] }, select: { id: true, nom: true, prenom: true, numeroDossier: true } });
  if (!usager) return null;
  const of = { usagerId: usager.id };
  let choices: SourceChoice[];
  switch (source) {
    case "DOSSIER":
      choices = [{ id: usager.id, label: `Dossier n° ${usager.numeroDossier}` }];
      break;
    case "AIDE":
      choices = (await db.aide.findMany({ where: { AND: [aideScope(actor), of] }, orderBy: { demandeLe: "desc" } }))
        .map((a) => ({ id: a.id, label: `${AIDE_TYPE_LABELS[a.type]}, ${formatEuros(a.montantDemandeCents)}, demande du ${formatCalendarDate(a.demandeLe)} (${AIDE_STATUS_LABELS[a.status].toLowerCase()})` }));
      break;
    case "RENDEZ_VOUS":
      choices = (await db.rendezVous.findMany({ where: { AND: [rendezVousScope(actor), of] }, orderBy: { debut: "desc" }, take: 50 }))
        .map((r) => ({ id: r.id, label: `Rendez-vous du ${formatDateTime(r.debut)}` }));
      break;
    case "ORIENTATION":
      choices = (await db.orientation.findMany({ where: { AND: [orientationScope(actor), of] }, orderBy: { date: "desc" }, include: { partenaire: { select: { nom: true } } } }))
        .map((o) => ({ id: o.id, label: `Orientation du ${formatCalendarDate(o.date)} vers ${o.partenaire.nom}` }));
      break;
    case "DOMICILIATION":
      choices = (await db.domiciliation.findMany({ where: { AND: [domiciliationScope(actor), of] }, orderBy: { demandeLe: "desc" } }))
        .map((d) => ({ id: d.id, label: `Domiciliation demandée le ${formatCalendarDate(d.demandeLe)} (${DOMICILIATION_STATUS_LABELS[d.status].toLowerCase()})` }));
      break;
    case "DETTE":
      choices = (await db.dette.findMany({ where: { AND: [detteScope(actor), { accompagnement: { ...of, type: "BUDGETAIRE" } }] }, orderBy: { creancier: "asc" } }))
        .map((d) => ({ id: d.id, label: `Dette envers ${d.creancier}, ${formatEuros(d.montantCents)}` }));
      break;
  }
  return { usager, choices };
}

/**
 * The template rendered on one record, not stored: its text for the page, the DOCX (and the PDF
 * when LibreOffice is installed) for download. Null when the template or the record is out of reach.
 */
export async function previewTemplate(actor: Actor, modeleId: string, sourceId: string, { pdf = false, now = new Date() } = {}) {
  if (!canManageCourrierModeles(actor) || !isUuid(modeleId) || !isUuid(sourceId)) return null;
  const modele = await db.courrierModele.findFirst({ where: { AND: [courrierModeleScope(actor), { id: modeleId }] }, select: { id: true, source: true, nom: true } });
  if (!modele) return null;
  try {
    const ctx = await loadSource(actor, modele.source, sourceId);
    const settings = await loadLetterhead(actor.structureId);
    const input = { source: modele.source, sourceId, modele: modele.id, piecesAApporter: null, destinataire: null, destinataireAdresse: null, objet: null, message: null, accordPersonne: false };
    const produced = await produceLetter(actor, ctx, input, settings, now, { allowArchived: true, pdf });
    await db.$transaction((tx) => writeAudit(tx, actor, { action: "courrier_modele.preview", entityType: "CourrierModele", entityId: modele.id, details: { usagerId: ctx.usager.id, source: modele.source } }));
    return {
      ok: true as const, nom: modele.nom, numeroDossier: ctx.usager.numeroDossier, docx: produced.docx, pdf: produced.pdf,
      pdfIndisponible: produced.pdfIndisponible, paragraphs: docxParagraphs(produced.docx),
    };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    if (error instanceof DomainError) return { ok: false as const, message: error.message };
    throw error;
  }
}
