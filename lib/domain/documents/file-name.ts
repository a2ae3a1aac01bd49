// Checks on a file name, before anything is stored and when renaming: no path, no control
// character, no double extension, an extension that matches the content. Pure: used by the
// client form too.
import { ACCEPTED_FORMATS, MAX_NAME_LENGTH } from "./labels";

/** Extensions that, before the last one, betray a disguised file ("facture.pdf.exe"). */
const KNOWN_EXTENSIONS = new Set([
  "pdf", "jpg", "jpeg", "png", "gif", "heic", "heif", "webp", "tif", "tiff", "bmp", "svg", "doc", "docx", "docm", "odt", "ods", "rtf", "txt",
  "xls", "xlsx", "xlsm", "ppt", "pptx", "zip", "rar", "7z", "gz", "tar", "exe", "com", "bat", "cmd", "scr", "msi", "pif", "vbs", "vbe",
  "js", "mjs", "jse", "wsf", "ps1", "sh", "jar", "apk", "app", "dmg", "iso", "lnk", "hta", "html", "htm", "xhtml", "php", "py", "dll",
]);

// Control characters (C0, DEL, C1) and the Unicode bidi overrides used to disguise extensions.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

export const extensionOf = (name: string) => {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
};

/** Null when the name is acceptable, else the French reason. */
export function checkFileName(raw: string): string | null {
  const name = raw.normalize("NFC");
  if (name.trim() === "") return "Le nom du fichier est vide.";
  if (name.length > MAX_NAME_LENGTH) return `Le nom du fichier dépasse ${MAX_NAME_LENGTH} caractères : raccourcissez-le.`;
  if (CONTROL.test(name)) return "Le nom du fichier contient des caractères de contrôle : renommez-le.";
  if (/[\\/]/.test(name) || name.includes("..")) return "Le nom du fichier ne doit contenir ni « / », ni « \\ », ni « .. » : renommez-le.";
  if (name.trim() !== name || name.startsWith(".")) return "Le nom du fichier ne doit pas commencer par un point ou une espace : renommez-le.";
  if (/[<>:"|?*]/.test(name)) return "Le nom du fichier contient un caractère interdit (< > : \" | ? *) : renommez-le.";
  const dot = name.lastIndexOf(".");
  if (dot > 0) {
    const inner = extensionOf(name.slice(0, dot));
    if (inner && KNOWN_EXTENSIONS.has(inner)) {
      return `Le nom du fichier porte deux extensions (« .${inner}.${extensionOf(name)} ») : renommez-le avec une seule extension.`;
    }
  }
  return null;
}

/**
 * The name to keep: the given one when its extension matches the content; a missing extension
 * is added. A name claiming another accepted type ("photo.pdf" holding a PNG) is refused.
 */
export function nameForContent(name: string, sniffed: { mime: string; extension: string }): { name: string } | { error: string } {
  const ext = extensionOf(name);
  const format = ACCEPTED_FORMATS[sniffed.mime]!;
  if (format.extensions.includes(ext)) return { name };
  if (ext === "" || !KNOWN_EXTENSIONS.has(ext)) return { name: `${name}.${sniffed.extension}` };
  return { error: `Le fichier « ${name} » contient en réalité un(e) ${format.label} : son extension « .${ext} » ne correspond pas à son contenu.` };
}

