// The letterhead of the structure's letters, set by the RESPONSABLE: name, address, contact, the
// signatory of decisions and attestations, the competent administrative court, the rules aid
// decisions apply, and the logo (PNG or JPEG, checked by its content, 1 MB at most).
import PDFDocument from "pdfkit";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canEditLetterhead } from "@/lib/auth/permissions";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { sniffFormat } from "@/lib/domain/documents/file-checks";
import { formatBytes } from "@/lib/domain/documents/labels";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { loadLetterhead } from "@/lib/domain/shared/letter/letterhead";
import { MAX_LOGO_BYTES } from "./labels";
import type { LetterheadForm } from "./schemas";

const MAX_LOGO_PIXELS = 6_000;

/** The values of the form: the saved letterhead, or the structure's own name and address. */
export async function getLetterheadForm(actor: Actor) {
  if (!canEditLetterhead(actor)) throw new NotFoundError();
  const settings = await loadLetterhead(actor.structureId);
  const logo = settings.letterhead.logo;
  return {
    values: {
      nom: settings.letterhead.nom, adresse: settings.adresse, codePostal: settings.codePostal, commune: settings.commune,
      telephone: settings.letterhead.telephone ?? "", email: settings.letterhead.email ?? "", signataireNom: settings.signataire?.nom ?? "",
      signataireFonction: settings.signataire?.fonction ?? "", tribunalAdministratif: settings.tribunalAdministratif ?? "", reglementAides: settings.reglementAides ?? "",
    },
    /** The logo as a data: URL, for the page (the CSP allows data: images). */
    logo: logo ? `data:${logo.mime};base64,${Buffer.from(logo.bytes).toString("base64")}` : null,
    configured: settings.configured,
  };
}

export async function saveLetterhead(actor: Actor, input: LetterheadForm) {
  if (!canEditLetterhead(actor)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const data = { ...input, updatedById: actor.id };
    await tx.courrierEnTete.upsert({ where: ownedBy(actor), create: { ...ownedBy(actor), ...data }, update: data });
    await writeAudit(tx, actor, { action: "courrier.entete", entityType: "Structure", entityId: actor.structureId });
    return { saved: true };
  });
}

export async function saveLogo(actor: Actor, file: { name: string; bytes: Uint8Array }) {
  if (!canEditLetterhead(actor)) throw new NotFoundError();
  if (file.bytes.byteLength === 0) throw new DomainError("Le fichier du logo est vide.", { file: "Le fichier du logo est vide." });
  if (file.bytes.byteLength > MAX_LOGO_BYTES) {
    const message = `Le logo pèse ${formatBytes(file.bytes.byteLength)} : ${formatBytes(MAX_LOGO_BYTES)} au plus. Enregistrez-le en PNG ou en JPEG plus petit.`;
    throw new DomainError(message, { file: message });
  }
  const format = await sniffFormat(file.bytes);
  const mime = format?.mime === "image/png" || format?.mime === "image/jpeg" ? format.mime : null;
  const notImage = "Le logo doit être une image PNG ou JPEG (le type est vérifié d'après le contenu du fichier).";
  if (!mime) throw new DomainError(notImage, { file: notImage });
  try {
    const loader = new PDFDocument({ autoFirstPage: false }) as unknown as { openImage(src: Buffer): { width: number; height: number } };
    const image = loader.openImage(Buffer.from(file.bytes));
    if (!(image.width > 0 && image.height > 0 && image.width <= MAX_LOGO_PIXELS && image.height <= MAX_LOGO_PIXELS)) throw new Error("dimensions");
  } catch {
    const message = "Cette image n'a pas pu être lue (fichier abîmé, ou plus de 6 000 pixels de côté) : enregistrez-la de nouveau en PNG ou en JPEG.";
    throw new DomainError(message, { file: message });
  }
  const settings = await loadLetterhead(actor.structureId);
  return db.$transaction(async (tx) => {
    const logo = { logo: new Uint8Array(file.bytes), logoMime: mime, updatedById: actor.id };
    await tx.courrierEnTete.upsert({
      where: ownedBy(actor),
      // First save of the letterhead: the structure's own name and address, with the logo.
      create: { ...ownedBy(actor), nom: settings.letterhead.nom, adresse: settings.adresse, codePostal: settings.codePostal, commune: settings.commune, telephone: settings.letterhead.telephone, ...logo },
      update: logo,
    });
    await writeAudit(tx, actor, { action: "courrier.logo", entityType: "Structure", entityId: actor.structureId, details: { mime, taille: file.bytes.byteLength } });
    return { saved: true };
  });
}

export async function removeLogo(actor: Actor) {
  if (!canEditLetterhead(actor)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const { count } = await tx.courrierEnTete.updateMany({ where: { ...ownedBy(actor), logoMime: { not: null } }, data: { logo: null, logoMime: null, updatedById: actor.id } });
    if (count > 0) await writeAudit(tx, actor, { action: "courrier.logo_retire", entityType: "Structure", entityId: actor.structureId });
    return { removed: count > 0 };
  });
}
