// Checks on an uploaded file before anything is stored: its name (no path, no control
// character, no double extension) and its real type, read from the content (magic bytes): the
// name and the browser's Content-Type are whatever the sender chose.
import { fileTypeFromBuffer } from "file-type";
import { ACCEPTED_FORMATS, FORMATS_HINT, MAX_DOCUMENT_BYTES } from "./labels";
import { checkFileName, nameForContent } from "./file-name";

export type Sniffed = { mime: string; extension: string };

/** The accepted format found in the content, or null. */
export async function sniffFormat(bytes: Uint8Array): Promise<Sniffed | null> {
  const found = await fileTypeFromBuffer(bytes);
  const format = found && ACCEPTED_FORMATS[found.mime];
  return format ? { mime: found.mime, extension: format.extensions[0]! } : null;
}

export type FileCheck = { ok: true; name: string; mime: string } | { ok: false; message: string };

/** Every check of an upload, in the order a user would fix them. */
export async function checkUpload(name: string, bytes: Uint8Array): Promise<FileCheck> {
  const nameError = checkFileName(name);
  if (nameError) return { ok: false, message: nameError };
  if (bytes.byteLength === 0) return { ok: false, message: `Le fichier « ${name} » est vide (0 octet) : rien n'a été enregistré.` };
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) return { ok: false, message: `Le fichier « ${name} » dépasse 15 Mo : réduisez-le (scan en noir et blanc, photo moins grande).` };
  const sniffed = await sniffFormat(bytes);
  if (!sniffed) return { ok: false, message: `Le fichier « ${name} » n'est pas d'un format accepté (${FORMATS_HINT}). Le type est vérifié d'après le contenu, pas d'après le nom.` };
  const named = nameForContent(name.normalize("NFC"), sniffed);
  if ("error" in named) return { ok: false, message: named.error };
  return { ok: true, name: named.name, mime: sniffed.mime };
}
