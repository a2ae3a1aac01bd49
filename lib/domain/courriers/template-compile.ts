// Reading a template of the structure with docxtemplater before it is accepted: its syntax
// (docxtemplater's own errors, with their `id`, tag and offset) and its placeholders (each one
// must be a field of fields.ts offered for the template's kind of record). Every problem comes
// back as a French sentence naming the placeholder and where it is in the document.
import Docxtemplater from "docxtemplater";
import InspectModule from "docxtemplater/js/inspect-module.js";
import type PizZip from "pizzip";
import { DOCX_OPTIONS } from "@/lib/domain/shared/letter/docx-engine";
import { FIELD_CATALOGUE, fieldsFor, type FieldEntry } from "./fields";
import { SOURCE_LABELS, type CourrierSource } from "./labels";

type Part = { type: string; value: string; module?: string; inverted?: boolean; offset?: number | number[]; subparsed?: Part[] };
type XtError = { properties?: { id?: string; xtag?: string; file?: string; offset?: number | number[]; openingtag?: string; closingtag?: string; context?: string; errors?: XtError[] } };

export type CompileResult = { ok: true; balises: string[] } | { ok: false, errors: string[] };

/** "dans le corps du document", "dans l'en-tête"… */
function partName(file: string | undefined): string {
  if (!file || file === "word/document.xml") return "dans le corps du document";
  if (/header\d*\.xml$/.test(file)) return "dans l'en-tête";
  if (/footer\d*\.xml$/.test(file)) return "dans le pied de page";
  if (/footnotes\.xml$/.test(file)) return "dans les notes de bas de page";
  if (/endnotes\.xml$/.test(file)) return "dans les notes de fin";
  return `dans la partie « ${file} »`;
}

/** The document's text, read with delimiters that cannot occur: where an offset points to. */
function textsOf(zip: PizZip): Map<string, string> {
  const doc = new Docxtemplater(zip, { ...DOCX_OPTIONS, delimiters: { start: "\u0001\u0002", end: "\u0002\u0001" } });
  const texts = new Map<string, string>();
  const files = Object.keys(zip.files).filter((f) => /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(f));
  for (const file of files) {
    try {
      texts.set(file, doc.getFullText(file));
    } catch {
      // A part docxtemplater does not template: no context for it.
    }
  }
  return texts;
}

function near(texts: Map<string, string>, file: string | undefined, offset: number | number[] | undefined): string {
  const text = texts.get(file ?? "word/document.xml");
  const at = Array.isArray(offset) ? offset[0] : offset;
  if (!text || at === undefined) return "";
  const start = Math.max(0, at - 30);
  const excerpt = `${start > 0 ? "…" : ""}${text.slice(start, at + 40).trim()}${at + 40 < text.length ? "…" : ""}`;
  return excerpt ? `, près de « ${excerpt} »` : "";
}

function syntaxMessage(e: XtError, texts: Map<string, string>): string {
  const p = e.properties ?? {};
  const where = `${partName(p.file)}${near(texts, p.file, p.offset)}`;
  const tag = p.xtag ?? "";
  switch (p.id) {
    case "unclosed_tag": return `Balise non refermée « {${tag.trim()} » ${where} : ajoutez l'accolade fermante « } ».`;
    case "unopened_tag": return `Accolade fermante « } » sans accolade ouvrante (« ${tag.trim()} ») ${where}.`;
    case "duplicate_open_tag": return `Accolade ouvrante en double « {{ » ${where} : une balise s'écrit {usager.nom}.`;
    case "duplicate_close_tag": return `Accolade fermante en double « }} » ${where} : une balise s'écrit {usager.nom}.`;
    case "unclosed_loop": return `La section « {#${tag}} » n'est jamais refermée ${where} : ajoutez « {/${tag}} » à la fin de la partie à répéter ou à conditionner.`;
    case "unopened_loop": return `La fin de section « {/${tag}} » n'a pas de début « {#${tag}} » ${where}.`;
    case "closing_tag_does_not_match_opening_tag": return `La section « {#${p.openingtag}} » est refermée par « {/${p.closingtag}} » ${where} : la fin doit reprendre le même nom.`;
    case "raw_xml_tag_outside_paragraph": case "raw_tag_outerxml_invalid": return `La balise « {@${tag}} » (XML brut) n'est pas acceptée ${where}.`;
    default: return `Balise mal écrite « ${tag || "?"} » ${where} : une balise s'écrit entre accolades, par exemple {usager.nom}.`;
  }
}

/** Checks one placeholder against the catalogue; `items` are the fields of the enclosing list. */
function checkTag(part: Part, source: CourrierSource, items: FieldEntry[] | null, texts: Map<string, string>, file: string, errors: string[], seen: Set<string>) {
  const name = part.value.trim();
  const where = `${partName(file)}${near(texts, file, part.offset)}`;
  const shown = part.module === "loop" ? `{${part.inverted ? "^" : "#"}${name}}` : `{${name}}`;
  if (part.module && part.module !== "loop") {
    const raw = part.module === "rawxml";
    errors.push(`La balise « ${raw ? `{@${name}}` : shown} »${raw ? " (XML brut)" : ""} n'est pas acceptée ${where} : seules les balises de la liste des champs le sont.`);
    return;
  }
  const entry = items?.find((f) => f.tag === name) ?? fieldsFor(source).find((f) => f.tag === name) ?? null;
  if (!entry) {
    const elsewhere = FIELD_CATALOGUE.find((f) => f.tag === name);
    if (!seen.has(name)) {
      errors.push(elsewhere
        ? `La balise « ${shown} » ${where} n'est pas disponible pour un modèle « ${SOURCE_LABELS[source]} » : elle l'est pour ${elsewhere.sources!.map((s) => `« ${SOURCE_LABELS[s]} »`).join(", ")}.`
        : `Balise inconnue « ${shown} » ${where} : vérifiez son orthographe dans la liste des champs disponibles.`);
    }
    seen.add(name);
    return;
  }
  if (part.module === "loop") {
    const inner = entry.kind === "liste" ? entry.items ?? [] : items;
    for (const sub of part.subparsed ?? []) checkTag(sub, source, inner, texts, file, errors, seen);
  } else if (entry.kind === "liste") {
    errors.push(`La balise « ${shown} » ${where} est une liste : écrivez « {#${name}} … {/${name}} » autour de ce qui se répète.`);
  }
}

function tagNames(parts: Part[], out = new Set<string>()): Set<string> {
  for (const p of parts) {
    out.add(p.module === "loop" ? `${p.inverted ? "^" : "#"}${p.value.trim()}` : p.value.trim());
    if (p.subparsed) tagNames(p.subparsed, out);
  }
  return out;
}

export function compileTemplate(zip: PizZip, source: CourrierSource): CompileResult {
  const inspect = new InspectModule();
  try {
    new Docxtemplater(zip, { ...DOCX_OPTIONS, modules: [inspect] });
  } catch (error) {
    const e = error as XtError;
    const list = e.properties?.errors?.length ? e.properties.errors : [e];
    if (!list.some((x) => x.properties?.id)) throw error;
    const texts = textsOf(zip);
    return { ok: false, errors: list.slice(0, 20).map((x) => syntaxMessage(x, texts)) };
  }
  const texts = textsOf(zip);
  const errors: string[] = [];
  const seen = new Set<string>();
  const names = new Set<string>();
  for (const file of inspect.getTemplatedFiles()) {
    const parts = inspect.getStructuredTags(file) as unknown as Part[];
    for (const part of parts) checkTag(part, source, null, texts, file, errors, seen);
    tagNames(parts, names);
  }
  if (errors.length) return { ok: false, errors: errors.slice(0, 20) };
  return { ok: true, balises: [...names].sort() };
}
