// Checks on an uploaded file before anything is stored: its name (no path, no control
// character, no double extension) and its real type, read from the content (magic bytes): the
// name and the browser's Content-Type are whatever the sender chose.
import { fileTypeFromBuffer } from "file-type";
import { DomainError } from "@/lib/domain/errors";
import { ACCEPTED_FORMATS, FORMATS_HINT, MAX_DOCUMENT_BYTES } from "./labels";
import { checkFileName, nameForContent } from "./file-name";

export type Sniffed = { mime: string; extension: string };

/** The accepted format found in the content, or null. */
export async function sniffFormat(bytes: Uint8Array): Promise<Sniffed | null> {
  const found = await fileTypeFromBuffer(bytes);
  const format = found && ACCEPTED_FORMATS[found.mime];
  return format ? { mime: found.mime, extension: format.extensions[0]! } : null;
}

/** Why a file was refused, without its name (upload-outcome.ts turns it into a message). */
export type FileRefusal = "nom" | "vide" | "taille" | "format" | "extension";
export type FileCheck = { ok: true; name: string; mime: string } | { ok: false; message: string };
type Inspection = { ok: true; name: string; mime: string } | { ok: false; message: string; reason: FileRefusal };

/** Every check of an upload, in the order a user would fix them; a refusal says why. */
export async function inspectUpload(name: string, bytes: Uint8Array): Promise<Inspection> {
  const nameError = checkFileName(name);
  if (nameError) return { ok: false, message: nameError, reason: "nom" };
  if (bytes.byteLength === 0) return { ok: false, message: `Le fichier « ${name} » est vide (0 octet) : rien n'a été enregistré.`, reason: "vide" };
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    return { ok: false, message: `Le fichier « ${name} » dépasse 15 Mo : réduisez-le (scan en noir et blanc, photo moins grande).`, reason: "taille" };
  }
  const sniffed = await sniffFormat(bytes);
  if (!sniffed) {
    return { ok: false, message: `Le fichier « ${name} » n'est pas d'un format accepté (${FORMATS_HINT}). Le type est vérifié d'après le contenu, pas d'après le nom.`, reason: "format" };
  }
  const named = nameForContent(name.normalize("NFC"), sniffed);
  if ("error" in named) return { ok: false, message: named.error, reason: "extension" };
  return { ok: true, name: named.name, mime: sniffed.mime };
}

/** The checks of inspectUpload, answered with the French message only. */
export async function checkUpload(name: string, bytes: Uint8Array): Promise<FileCheck> {
  const check = await inspectUpload(name, bytes);
  return check.ok ? check : { ok: false, message: check.message };
}

/** A refused file: a DomainError on the field `file`, with the reason for a page without JavaScript. */
export class FileRefusedError extends DomainError {
  constructor(message: string, readonly reason: FileRefusal) {
    super(message, { file: message });
    this.name = "FileRefusedError";
  }
}
