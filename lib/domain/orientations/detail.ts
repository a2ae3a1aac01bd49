// One orientation with what it transmits: for its page and for its letter. Both are reads of the
// dossier's content, so both are written to the audit log. Only the elements chosen at sending
// are built (transmis.ts); the rest of the dossier is not even returned to the caller.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { diagnosticScope } from "@/lib/auth/scopes/diagnostic";
import { orientationScope } from "@/lib/auth/scopes/orientation";
import { colleagueScope } from "@/lib/auth/scopes/user";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { structureUserNames } from "@/lib/domain/shared/user-names";
import { loadLetterhead, placeDateOf, signatureOf } from "@/lib/domain/shared/letter/letterhead";
import { renderLetterPdf } from "@/lib/domain/shared/letter/render-pdf";
import { formatCalendarDate } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RELANCE_NOTE } from "./commands";
import { courrierLetter, type CourrierData } from "./courrier-letter";
import { orientationDocumentLabels } from "@/lib/domain/documents/orientation-documents";
import { buildTransmis, personneLabel } from "./transmis";
import { isUuid } from "@/lib/domain/shared/fields";

async function loadOrientation(actor: Actor, where: Prisma.OrientationWhereInput) {
  const orientation = await db.orientation.findFirst({
    where: { AND: [orientationScope(actor), where] },
    include: {
      partenaire: { select: { id: true, nom: true, organisme: true, categorie: true, adresse: true, codePostal: true, commune: true, telephone: true, email: true, actif: true } },
      events: { orderBy: [{ at: "asc" }, { id: "asc" }] },
      usager: { include: { foyer: { orderBy: { dateNaissance: "asc" } }, budget: { orderBy: [{ kind: "desc" }, { montantCents: "desc" }] } } },
    },
  });
  if (!orientation) return null;
  const { usager, ...rest } = orientation;
  const diagnostic = orientation.elementsTransmis.includes("SYNTHESE_DIAGNOSTIC")
    ? await db.diagnostic.findFirst({ where: { AND: [diagnosticScope(actor), { usagerId: usager.id }] }, orderBy: { numero: "desc" }, select: { date: true, conclusion: true } })
    : null;
  const names = await structureUserNames(actor);
  return {
    ...rest,
    usager: { id: usager.id, numeroDossier: usager.numeroDossier, label: personneLabel(usager), nom: usager.nom, prenom: usager.prenom },
    sections: buildTransmis(orientation.elementsTransmis, usager, diagnostic),
    author: names(orientation.authorId),
    history: orientation.events.map((e) => ({
      id: e.id, at: e.at, status: e.status, by: names(e.actorId),
      relance: e.note === RELANCE_NOTE, motif: e.status === "REFUSEE" ? e.note : null,
    })),
  };
}
export type OrientationDetail = NonNullable<Awaited<ReturnType<typeof loadOrientation>>>;

export async function getOrientationDetail(actor: Actor, usagerId: string, orientationId: string) {
  if (!isUuid(usagerId) || !isUuid(orientationId)) return null;
  const detail = await loadOrientation(actor, { id: orientationId, usagerId });
  if (!detail) return null;
  await db.$transaction((tx) => writeAudit(tx, actor, { action: "orientation.read", entityType: "Orientation", entityId: orientationId, details: { usagerId } }));
  return detail;
}

/** The letter's number: the dossier's number and the orientation's first characters. */
export const courrierNumero = (o: { id: string; usager: { numeroDossier: string } }) => `${o.usager.numeroDossier}-${o.id.slice(0, 8)}`;

/**
 * The courrier d'orientation as a Letter, with the structure's letterhead; null when the actor
 * may not read the orientation. Signed by the structure's signatory when one is set (the author
 * then appears as "affaire suivie par"), else by the author.
 */
export async function buildOrientationLetter(actor: Actor, orientationId: string, now = new Date()) {
  if (!isUuid(orientationId)) return null;
  const detail = await loadOrientation(actor, { id: orientationId });
  if (!detail) return null;
  const [settings, author, piecesJointes] = await Promise.all([
    loadLetterhead(actor.structureId),
    db.user.findFirst({ where: { AND: [colleagueScope(actor), { id: detail.authorId }] }, select: { firstName: true, lastName: true, role: true } }),
    orientationDocumentLabels(actor, orientationId),
  ]);
  const writer = author ?? actor;
  const p = detail.partenaire;
  const data: CourrierData = {
    letterhead: settings.letterhead,
    lieuDate: placeDateOf(settings, now),
    reference: `dossier n° ${detail.usager.numeroDossier}, orientation n° ${courrierNumero(detail)}`,
    destinataire: { nom: p.nom, organisme: p.organisme, adresse: p.adresse, codePostal: p.codePostal, commune: p.commune },
    personne: detail.usager.label, urgence: detail.urgence, dateOrientation: formatCalendarDate(detail.date), motif: detail.motif,
    sections: detail.sections, consentementLe: formatCalendarDate(detail.consentementLe),
    signataire: signatureOf(settings, writer),
    suiviPar: settings.signataire ? `${writer.firstName} ${writer.lastName}` : null,
    piecesJointes,
  };
  return { letter: courrierLetter(data), detail, numero: courrierNumero(detail) };
}

/** The courrier d'orientation (PDF) and its file name; null when the actor may not read it. */
export async function getCourrier(actor: Actor, orientationId: string, now = new Date()) {
  const built = await buildOrientationLetter(actor, orientationId, now);
  if (!built) return null;
  const pdf = await renderLetterPdf(built.letter);
  await db.$transaction((tx) => writeAudit(tx, actor, {
    action: "orientation.courrier", entityType: "Orientation", entityId: orientationId,
    details: { usagerId: built.detail.usager.id, elementsTransmis: built.detail.elementsTransmis },
  }));
  return { pdf, filename: `courrier-orientation-${built.numero}.pdf` };
}
