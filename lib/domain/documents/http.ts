// HTTP details of sending a stored file, pure so they are unit-tested: a Content-Disposition
// that no file name can break (quotes, CR/LF, non-ASCII), and a CSP for the file itself.

/** A name any header can carry: accents dropped, anything else unusual replaced by "_". */
export const asciiFileName = (name: string) =>
  name.normalize("NFD").replace(/\p{Diacritic}/gu, "").replace(/[^A-Za-z0-9._ -]/g, "_").replace(/^[._ ]+/, "") || "document";

/** RFC 6266: an ASCII fallback in `filename` and the exact UTF-8 name in `filename*`. */
export function contentDisposition(inline: boolean, name: string): string {
  const ascii = asciiFileName(name);
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * The file runs no script and loads nothing. Images are also sandboxed; a PDF cannot be (the
 * browser's PDF viewer refuses to run in a sandbox).
 */
export function fileContentSecurityPolicy(mime: string): string {
  const base = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'";
  return mime === "application/pdf" ? base : `${base}; sandbox`;
}
