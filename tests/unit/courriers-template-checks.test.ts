// Uploaded templates, before anything is stored: a real DOCX without macros and of a sane size,
// then its syntax and placeholders read by docxtemplater, every problem in French with the
// placeholder's name and where it is.
import { describe, expect, it } from "vitest";
import PizZip from "pizzip";
import { checkDocxTemplate } from "@/lib/domain/courriers/docx-checks";
import { compileTemplate } from "@/lib/domain/courriers/template-compile";
import { lyingZipBomb, wordTemplate, zipBomb } from "../fixtures/docx-templates";
import { tinyPdf } from "../fixtures/documents";

const compile = (paragraphs: string[], source: Parameters<typeof compileTemplate>[1] = "DOSSIER", split = true) => {
  const check = checkDocxTemplate("modele.docx", wordTemplate(paragraphs, { split }));
  if (!check.ok) throw new Error(check.message);
  return compileTemplate(check.zip, source);
};
const refusal = (name: string, bytes: Uint8Array) => {
  const r = checkDocxTemplate(name, bytes);
  return r.ok ? null : r.message;
};

describe("checkDocxTemplate", () => {
  it("accepts a DOCX saved by a word processor", () => {
    expect(refusal("Relance.docx", wordTemplate(["Bonjour {usager.prenom}"]))).toBeNull();
  });

  it("refuses macros, other formats, a PDF renamed .docx, an empty or a 30 MB file", () => {
    expect(refusal("modele.docm", wordTemplate(["x"]))).toMatch(/avec macros.*\.docx/);
    expect(refusal("modele.docx", wordTemplate(["x"], { macros: true }))).toMatch(/contient des macros/);
    expect(refusal("modele.docx", wordTemplate(["x"], { vba: true }))).toMatch(/contient des macros/);
    expect(refusal("modele.doc", wordTemplate(["x"]))).toMatch(/Word 97-2003/);
    expect(refusal("modele.odt", wordTemplate(["x"]))).toMatch(/LibreOffice/);
    expect(refusal("modele.docx", tinyPdf())).toMatch(/n'est pas un document Word \(\.docx\) lisible/);
    expect(refusal("modele.docx", new PizZip().file("a.txt", "x").generate({ type: "nodebuffer" }))).toMatch(/n'est pas un document Word/);
    expect(refusal("modele.docx", new Uint8Array())).toMatch(/vide/);
    expect(refusal("modele.docx", Buffer.alloc(30 * 1024 * 1024, 1))).toMatch(/pèse 30 Mo : 5 Mo au plus/);
  });

  it("refuses a zip bomb, including one that lies about its sizes", () => {
    expect(refusal("modele.docx", zipBomb(40))).toMatch(/archive anormale/);
    expect(refusal("modele.docx", lyingZipBomb(8))).toMatch(/archive anormale/);
  });
});

describe("compileTemplate", () => {
  it("lists the placeholders of a valid template, loops and conditions included, tags cut in runs", () => {
    const r = compile(["Bonjour {usager.nomComplet},", "{#foyer}{prenom} {nom} ({age}){/foyer}", "{#usager.madame}Madame{/usager.madame}{^usager.madame}Monsieur{/usager.madame}"]);
    expect(r).toEqual({ ok: true, balises: expect.arrayContaining(["usager.nomComplet", "#foyer", "prenom", "age", "#usager.madame", "^usager.madame"]) });
  });

  it("names an unknown placeholder and where it is", () => {
    const r = compile(["Madame, Monsieur,", "Nous avons bien reçu la demande de {usager.nomm} ce jour."]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([expect.stringContaining("Balise inconnue « {usager.nomm} » dans le corps du document, près de « …")]);
    expect(r.errors[0]).toContain("la demande de {usager.nomm} ce jour");
  });

  it("refuses a field of another kind of record, and a list used as a value", () => {
    const r = compile(["{aide.montantAccorde}", "{foyer}"], "DOSSIER");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatch(/« \{aide\.montantAccorde\} ».*n'est pas disponible pour un modèle « Dossier » : elle l'est pour « Aide facultative »/);
    expect(r.errors[1]).toMatch(/« \{foyer\} ».*est une liste/);
    expect(compile(["{aide.montantAccorde}"], "AIDE").ok).toBe(true);
  });

  it("explains syntax errors in French, with the tag and the place", () => {
    const r = compile(["Bonjour {usager.prenom", "{#foyer}{prenom}", "{#a}x{/b}"], "DOSSIER", false);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.join("\n")).toMatch(/Balise non refermée « \{usager\.prenom/);
    expect(r.errors.join("\n")).toMatch(/dans le corps du document, près de « Bonjour \{usager\.prenom/);
    expect(r.errors.join("\n")).toMatch(/« \{#a\} » est refermée par « \{\/b\} »/);
  });

  it("reads placeholders in the header too, and refuses raw XML", () => {
    const check = checkDocxTemplate("m.docx", wordTemplate(["x"], { header: "{structure.nomm}" }));
    if (!check.ok) throw new Error(check.message);
    const r = compileTemplate(check.zip, "DOSSIER");
    expect(r.ok ? [] : r.errors).toEqual([expect.stringContaining("« {structure.nomm} » dans l'en-tête")]);
    const raw = compile(["{@usager.nom}"]);
    expect(raw.ok ? [] : raw.errors).toEqual([expect.stringContaining("XML brut")]);
  });
});
