// Writes on generated letters: generating one from a record (its files become pièces jointes of
// the dossier, type "Courrier", in one transaction with the Courrier row and the audit rows), and
// recording how it reached the person: handed over, posted, or e-mailed with its PDF attached,
// by SMTP, only to the address on file in the person's dossier.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canSendCourrier } from "@/lib/auth/permissions";
import { courrierGenereScope } from "@/lib/auth/scopes/courrier-genere";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { storeGeneratedFiles, type GeneratedFile } from "@/lib/domain/documents/generated";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { isoToDate } from "@/lib/domain/shared/fields";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { loadLetterhead } from "@/lib/domain/shared/letter/letterhead";
import { documentStorage, type DocumentStorage } from "@/lib/storage";
import { EmailNotSentError, emailConfigured, sendEmail } from "@/lib/notifications/email";
import { log } from "@/lib/log";
import { DOCX_MIME } from "./labels";
import { produceLetter } from "./produce";
import type { CourrierEnvoi, GenerateCourrier } from "./schemas";
import { loadSource } from "./sources";

type Options = { now?: Date; storage?: DocumentStorage };

/** "Notification de refus d'aide 2026-000012 02-12-2026": a valid file name (no "/" or ":"). */
function fileBase(titre: string, numeroDossier: string, now: Date) {
  const [y, m, d] = parisToday(now).split("-");
  const clean = titre.normalize("NFC").replace(/[\\/:*?"<>|\u0000-\u001f]/g, "-").replace(/\.{2,}/g, ".").replace(/^[.\s]+|[.\s]+$/g, "");
  return `${clean.slice(0, 110)} ${numeroDossier} ${d}-${m}-${y}`;
}

export async function generateCourrier(actor: Actor, input: GenerateCourrier, { now = new Date(), storage }: Options = {}) {
  const ctx = await loadSource(actor, input.source, input.sourceId);
  if (ctx.usager.status === "ARCHIVE") throw new DomainError("Ce dossier est archivé : on ne peut plus y générer de courrier.");
  const settings = await loadLetterhead(actor.structureId);
  const produced = await produceLetter(actor, ctx, input, settings, now);
  const base = fileBase(produced.titre, ctx.usager.numeroDossier, now);
  const files: GeneratedFile[] = [
    ...(produced.pdf ? [{ name: `${base}.pdf`, mime: "application/pdf", bytes: produced.pdf }] : []),
    { name: `${base}.docx`, mime: DOCX_MIME, bytes: produced.docx },
  ];
  return storeGeneratedFiles(actor, { usager: ctx.usager, type: "COURRIER", ...ctx.links }, files, async (tx, docs) => {
    const pdf = docs.find((d) => d.mime === "application/pdf") ?? null;
    const docx = docs.find((d) => d.mime === DOCX_MIME)!;
    const courrier = await tx.courrier.create({
      data: {
        structureId: ctx.usager.structureId, usagerId: ctx.usager.id, source: ctx.source, sourceId: ctx.sourceId,
        modeleInterne: produced.modeleInterne, modeleVersionId: produced.modeleVersionId, titre: produced.titre,
        destinataire: input.destinataire, destinataireAdresse: input.destinataireAdresse, objet: input.objet, message: input.message,
        piecesAApporter: input.piecesAApporter, pdfDocumentId: pdf?.id ?? null, docxDocumentId: docx.id, pdfIndisponible: produced.pdfIndisponible,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "courrier.generate", entityType: "Courrier", entityId: courrier.id,
      details: { usagerId: ctx.usager.id, source: ctx.source, modele: produced.modeleInterne ?? "structure", modeleVersionId: produced.modeleVersionId, pdf: pdf !== null },
    });
    return { id: courrier.id, titre: produced.titre, pdf, docx, pdfIndisponible: produced.pdfIndisponible };
  }, { storage });
}

async function emailLetter(courrier: { id: string; titre: string; usager: { email: string | null }; pdfDocument: { name: string; storageKey: string; deletedAt: Date | null } | null }, structureName: string, phone: string | null, storage: DocumentStorage) {
  const to = courrier.usager.email;
  if (!to) throw new DomainError("Aucune adresse e-mail n'est enregistrée dans le dossier de la personne : remettez le courrier en main propre ou postez-le.", { mode: "Pas d'adresse e-mail dans le dossier." });
  if (!emailConfigured()) throw new DomainError("L'envoi par e-mail n'est pas configuré sur ce serveur (SMTP) : remettez le courrier en main propre ou postez-le.", { mode: "Envoi par e-mail non configuré." });
  const pdf = courrier.pdfDocument && !courrier.pdfDocument.deletedAt ? courrier.pdfDocument : null;
  if (!pdf) throw new DomainError("Ce courrier n'a pas de version PDF à joindre : remettez-le en main propre ou postez-le.", { mode: "Pas de PDF à joindre." });
  const bytes = await storage.get(pdf.storageKey);
  if (!bytes) throw new DomainError("Le fichier PDF de ce courrier n'est plus disponible dans le stockage : générez-le de nouveau.");
  try {
    await sendEmail({
      to, tag: "courrier",
      subject: `Courrier de ${structureName}`,
      text: [
        "Bonjour,", "",
        `Vous trouverez ci-joint un courrier de ${structureName} qui vous est destiné.`, "",
        `Ce message est envoyé automatiquement : merci de ne pas y répondre.${phone ? ` Pour toute question, contactez-nous au ${phone}.` : ""}`,
      ].join("\n"),
      attachments: [{ filename: pdf.name, content: Buffer.from(bytes), contentType: "application/pdf" }],
    });
  } catch (error) {
    // The mail module logged the SMTP codes; the raw message may quote the address, so not here.
    log.warn({ courrierId: courrier.id, code: error instanceof EmailNotSentError ? error.code : null }, "courrier_email_failed");
    throw new DomainError("L'e-mail n'a pas pu être envoyé (serveur de messagerie injoignable) : rien n'a été enregistré. Réessayez plus tard, ou remettez le courrier.");
  }
  return to;
}

export async function recordCourrierEnvoi(actor: Actor, input: CourrierEnvoi, { now = new Date(), storage = documentStorage() }: Options = {}) {
  const courrier = await db.courrier.findFirst({
    where: { AND: [courrierGenereScope(actor), { id: input.courrierId }] },
    include: { usager: { select: { email: true, status: true } }, pdfDocument: { select: { name: true, storageKey: true, deletedAt: true } } },
  });
  if (!courrier || !canSendCourrier(actor, courrier)) throw new NotFoundError();
  if (courrier.usager.status === "ARCHIVE") throw new DomainError("Ce dossier est archivé : on ne peut plus y enregistrer d'envoi.");
  const today = parisToday(now);
  const created = parisToday(courrier.createdAt);
  if (input.mode !== "EMAIL" && input.le < created) {
    throw new DomainError("La date ne peut pas précéder la création du courrier.", { le: `La date ne peut pas précéder la création du courrier (${created.split("-").reverse().join("/")}).` });
  }
  let email: string | null = null;
  if (input.mode === "EMAIL") {
    const settings = await loadLetterhead(actor.structureId);
    email = await emailLetter(courrier, settings.letterhead.nom, settings.letterhead.telephone, storage);
  }
  const envoi = await db.$transaction(async (tx) => {
    const row = await tx.courrierEnvoi.create({
      data: {
        structureId: courrier.structureId, courrierId: courrier.id, mode: input.mode, le: isoToDate(input.mode === "EMAIL" ? today : input.le)!,
        recommande: input.mode === "POSTE" && input.recommande, email, createdById: actor.id,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "courrier.envoi", entityType: "Courrier", entityId: courrier.id,
      details: { usagerId: courrier.usagerId, mode: input.mode, recommande: input.mode === "POSTE" && input.recommande },
    });
    return row;
  });
  if (email) log.info({ courrierId: courrier.id }, "courrier_email_sent");
  return { id: envoi.id, mode: input.mode };
}
