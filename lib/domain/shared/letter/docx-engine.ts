// The one way Passerelle fills a DOCX: docxtemplater over pizzip, for the built-in letters
// (render-docx.ts) and the structure's own templates (template-render.ts). Values are escaped
// by docxtemplater; nothing is ever spliced into the XML by hand.
import Docxtemplater from "docxtemplater";
import PizZip from "pizzip";

/** Own properties only: a tag such as {constructor} or {__proto__.x} finds nothing. */
function at(scope: unknown, path: string[]): unknown {
  let node: unknown = scope;
  for (const key of path) {
    if (node === null || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Tags are dotted paths ({usager.nom}), `{.}` is the current item of a loop. No expressions:
 * a template cannot compute or call anything. docxtemplater looks a tag up from the innermost
 * loop outwards, so {structure.nom} still works inside {#foyer}…{/foyer}.
 */
export function dottedParser(tag: string) {
  const path = tag.trim() === "." ? [] : tag.trim().split(".");
  return { get: (scope: unknown) => (path.length === 0 ? scope : at(scope, path)) };
}

export const DOCX_OPTIONS = {
  paragraphLoop: true,
  linebreaks: true,
  parser: dottedParser,
  // An empty or missing value prints nothing (never "undefined"); unknown tags are refused at upload.
  nullGetter: () => "",
  errorLogging: false,
} as const;

/** Compiles the template (throws docxtemplater's TemplateError on a syntax error). */
export function compileDocx(zip: PizZip) {
  return new Docxtemplater(zip, DOCX_OPTIONS);
}

export function fillDocx(zip: PizZip, data: Record<string, unknown>): Buffer {
  const doc = compileDocx(zip);
  doc.render(data);
  return doc.toBuffer({ compression: "DEFLATE" });
}
