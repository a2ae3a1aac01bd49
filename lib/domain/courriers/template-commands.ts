// Templates of the structure: upload (a new template, or the next version of one), archive and
// restore. A file is accepted only when it is a real DOCX without macros (docx-checks.ts) whose
// every placeholder is a known field (template-compile.ts); versions are immutable, the letters
// keep the version they were made from. RESPONSABLE only; another structure's template is a 404.
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canManageCourrierModeles } from "@/lib/auth/permissions";
import { courrierModeleScope } from "@/lib/auth/scopes/courrier-genere";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { checkFileName } from "@/lib/domain/documents/file-name";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { checkDocxTemplate } from "./docx-checks";
import { compileTemplate } from "./template-compile";
import type { ModeleId, TemplateUpload } from "./schemas";

export const TEMPLATE_REFUSED = "Le modèle n'a pas été enregistré : corrigez-le dans Word ou LibreOffice, puis déposez-le de nouveau.";

async function loadModele(actor: Actor, id: string) {
  if (!canManageCourrierModeles(actor)) throw new NotFoundError();
  const modele = await db.courrierModele.findFirst({ where: { AND: [courrierModeleScope(actor), { id }] } });
  if (!modele) throw new NotFoundError();
  return modele;
}

export async function uploadTemplate(actor: Actor, meta: TemplateUpload, file: { name: string; bytes: Uint8Array }) {
  if (!canManageCourrierModeles(actor)) throw new NotFoundError();
  const existing = meta.modeleId ? await loadModele(actor, meta.modeleId) : null;
  if (existing?.archivedAt) throw new DomainError("Ce modèle est archivé : restaurez-le avant d'en déposer une nouvelle version.");
  const nameError = checkFileName(file.name);
  if (nameError) throw new DomainError(nameError, { file: nameError });
  const check = checkDocxTemplate(file.name.normalize("NFC"), file.bytes);
  if (!check.ok) throw new DomainError(check.message, { file: check.message });
  const source = existing?.source ?? meta.source!;
  const compiled = compileTemplate(check.zip, source);
  if (!compiled.ok) throw new DomainError(TEMPLATE_REFUSED, { file: compiled.errors.join("\n") });
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  return db.$transaction(async (tx) => {
    let modeleId = existing?.id;
    if (!modeleId) {
      const taken = await tx.courrierModele.findFirst({ where: { AND: [courrierModeleScope(actor), { nom: meta.nom! }] }, select: { id: true } });
      if (taken) throw new DomainError("Un modèle porte déjà ce nom.", { nom: "Un modèle porte déjà ce nom : choisissez-en un autre, ou déposez une nouvelle version de ce modèle." });
      modeleId = (await tx.courrierModele.create({
        data: { ...ownedBy(actor), nom: meta.nom!, description: meta.description, source, createdById: actor.id }, select: { id: true },
      })).id;
    }
    const last = await tx.courrierModeleVersion.findFirst({ where: { modeleId }, orderBy: { numero: "desc" }, select: { numero: true } });
    const version = await tx.courrierModeleVersion.create({
      data: {
        ...ownedBy(actor), modeleId, numero: (last?.numero ?? 0) + 1, fichier: new Uint8Array(file.bytes), nomFichier: file.name.normalize("NFC"),
        taille: file.bytes.byteLength, sha256, balises: compiled.balises, createdById: actor.id,
      },
      select: { id: true, numero: true },
    });
    await tx.courrierModele.update({ where: { id: modeleId }, data: { updatedAt: new Date() } });
    await writeAudit(tx, actor, {
      action: existing ? "courrier_modele.version" : "courrier_modele.create", entityType: "CourrierModele", entityId: modeleId,
      details: { versionId: version.id, numero: version.numero, source, taille: file.bytes.byteLength },
    });
    return { modeleId, versionId: version.id, numero: version.numero };
  });
}

async function setArchived(actor: Actor, input: ModeleId, archived: boolean) {
  return db.$transaction(async (tx) => {
    const modele = await loadModele(actor, input.id);
    if (Boolean(modele.archivedAt) === archived) return { id: modele.id };
    await tx.courrierModele.update({ where: { id: modele.id }, data: { archivedAt: archived ? new Date() : null } });
    await writeAudit(tx, actor, { action: archived ? "courrier_modele.archive" : "courrier_modele.restore", entityType: "CourrierModele", entityId: modele.id });
    return { id: modele.id };
  });
}

export const archiveTemplate = (actor: Actor, input: ModeleId) => setArchived(actor, input, true);
export const restoreTemplate = (actor: Actor, input: ModeleId) => setArchived(actor, input, false);
