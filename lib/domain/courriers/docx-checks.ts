// Checks on an uploaded template before docxtemplater ever reads it: a real DOCX (a zip package
// with a Word main document), no macros (.docm, vbaProject.bin), not a zip bomb, at most 5 MB.
// The zip's directory is read by pizzip; every entry is then inflated by zlib with a hard
// output limit equal to the size it declares, so an archive that lies about its sizes is caught
// before any of it is held in memory.
import { inflateRawSync } from "node:zlib";
import PizZip from "pizzip";
import { formatBytes } from "@/lib/domain/documents/labels";
import { MAX_TEMPLATE_BYTES } from "./labels";

const MAX_ENTRIES = 1_000;
const MAX_ENTRY_BYTES = 25 * 1024 * 1024;
const MAX_TOTAL_BYTES = 60 * 1024 * 1024;
const MAIN_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const MAIN_MACROS = "application/vnd.ms-word.document.macroEnabled.main+xml";
const MAIN_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";

export type DocxCheck = { ok: true; zip: PizZip } | { ok: false; message: string };

/** pizzip keeps each entry's compressed bytes and declared size on `_data` (not in its types). */
type Entry = { name: string; dir: boolean; _data?: { compressedSize: number; uncompressedSize: number; compressionMethod: string; getCompressedContent(): Uint8Array } };

const fail = (message: string): DocxCheck => ({ ok: false, message });

function extensionRefusal(name: string): string | null {
  const ext = name.toLowerCase().split(".").pop() ?? "";
  if (ext === "docm" || ext === "dotm") return `Le fichier « ${name} » est un document Word avec macros : enregistrez-le au format « Document Word (.docx) » (Fichier › Enregistrer sous), puis déposez-le de nouveau.`;
  if (ext === "doc") return `Le fichier « ${name} » est au format Word 97-2003 (.doc) : enregistrez-le au format « Document Word (.docx) », puis déposez-le de nouveau.`;
  if (ext === "odt") return `Le fichier « ${name} » est un document LibreOffice (.odt) : enregistrez-le au format « Word 2007-365 (.docx) », puis déposez-le de nouveau.`;
  if (ext !== "docx") return `Le fichier « ${name} » n'est pas un document Word (.docx) : seuls les modèles .docx sont acceptés.`;
  return null;
}

/** The declared sizes are bounded and true (each entry inflates to exactly what it declares). */
function bombRefusal(zip: PizZip, name: string): string | null {
  const entries = Object.values(zip.files) as unknown as Entry[];
  const bomb = `Le fichier « ${name} » est une archive anormale (taille décompressée démesurée ou falsifiée) : il a été refusé par précaution.`;
  if (entries.length > MAX_ENTRIES) return bomb;
  let total = 0;
  for (const entry of entries) {
    const data = entry._data;
    if (entry.dir || !data) continue;
    total += data.uncompressedSize;
    if (data.uncompressedSize > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) return bomb;
    if (data.compressionMethod !== "\x08\x00") continue;
    try {
      const out = inflateRawSync(data.getCompressedContent(), { maxOutputLength: Math.max(1, data.uncompressedSize) });
      if (out.byteLength !== data.uncompressedSize) return bomb;
    } catch {
      return bomb;
    }
  }
  return null;
}

export function checkDocxTemplate(name: string, bytes: Uint8Array): DocxCheck {
  const refused = extensionRefusal(name);
  if (refused) return fail(refused);
  if (bytes.byteLength === 0) return fail(`Le fichier « ${name} » est vide (0 octet).`);
  if (bytes.byteLength > MAX_TEMPLATE_BYTES) {
    return fail(`Le modèle « ${name} » pèse ${formatBytes(bytes.byteLength)} : ${formatBytes(MAX_TEMPLATE_BYTES)} au plus. Retirez les images trop lourdes ou compressez-les (Fichier › Compresser les images).`);
  }
  const notDocx = `Le fichier « ${name} » n'est pas un document Word (.docx) lisible : ouvrez-le dans Word ou LibreOffice et enregistrez-le au format .docx (sans mot de passe).`;
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return fail(notDocx);
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    return fail(notDocx);
  }
  const bomb = bombRefusal(zip, name);
  if (bomb) return fail(bomb);
  let types = "";
  try {
    types = zip.file("[Content_Types].xml")?.asText() ?? "";
  } catch {
    return fail(notDocx);
  }
  const hasVba = Object.keys(zip.files).some((f) => /vbaProject\.bin$|vbaData\.xml$/i.test(f));
  if (types.includes(MAIN_MACROS) || hasVba) {
    return fail(`Le fichier « ${name} » contient des macros, refusées pour la sécurité des postes : enregistrez-le au format « Document Word (.docx) », sans macros.`);
  }
  if (types.includes(MAIN_TEMPLATE)) return fail(`Le fichier « ${name} » est un modèle Word (.dotx) : ouvrez-le, puis enregistrez-le comme « Document Word (.docx) ».`);
  if (!types.includes(MAIN_DOCX) || !zip.file("word/document.xml")) return fail(notDocx);
  return { ok: true, zip };
}
