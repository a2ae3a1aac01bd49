// What a letter says, independent of its format: the one shape every letter of Passerelle is
// built into (the built-in letters, the courrier d'orientation, the domiciliation letters), then
// printed by render-pdf.ts (pdfkit) or render-docx.ts (docxtemplater). Plain data: no database,
// no clock, so a letter is tested as text.

/** The structure's letterhead (lib/domain/courriers/letterhead.ts), on every letter. */
export type Letterhead = {
  nom: string;
  /** Address lines, e.g. ["Hôtel de Ville, place Augustin Laurent", "59000 Lille"]. */
  adresse: string[];
  telephone: string | null;
  email: string | null;
  logo: { bytes: Uint8Array; mime: "image/png" | "image/jpeg" } | null;
};

export type LetterBlock =
  | { kind: "paragraph"; text: string; bold?: boolean }
  | { kind: "heading"; text: string }
  | { kind: "field"; label: string; value: string }
  | { kind: "item"; text: string }
  /** An indented block: a motive quoted as written, the lines of a transmitted section. */
  | { kind: "inset"; text: string }
  | { kind: "space" };

export type Signature = { nom: string; fonction: string | null; structure: string };

export type Letter = {
  /** The file's title in its metadata: never a personal data (it shows in file browsers). */
  title: string;
  letterhead: Letterhead;
  /** The recipient's address block (first line in bold), written in the right half. */
  recipient: string[] | null;
  /** "Lille, le 02/12/2026". */
  placeDate: string;
  /** "Réf. : …", "Affaire suivie par : …". */
  references: string[];
  /** Printed in bold after "Objet : ". */
  subject: string | null;
  /** A centered title (attestations, decisions), with an optional line of legal references. */
  heading: string | null;
  subheading: string | null;
  salutation: string | null;
  body: LetterBlock[];
  closing: string | null;
  signature: Signature | null;
  /** On every page (confidentiality notice). */
  footer: string | null;
};

/** A letter with only what every letter has; builders fill the rest. */
export function letter(base: Pick<Letter, "title" | "letterhead" | "placeDate"> & Partial<Letter>): Letter {
  return {
    recipient: null, references: [], subject: null, heading: null, subheading: null, salutation: null, body: [], closing: null,
    signature: null, footer: null, ...base,
  };
}

export const p = (text: string, bold = false): LetterBlock => ({ kind: "paragraph", text, bold });
export const h = (text: string): LetterBlock => ({ kind: "heading", text });
export const field = (label: string, value: string): LetterBlock => ({ kind: "field", label, value });
export const item = (text: string): LetterBlock => ({ kind: "item", text });
export const inset = (text: string): LetterBlock => ({ kind: "inset", text });
export const space: LetterBlock = { kind: "space" };

/** Every text of the letter in reading order (tests, the e-mail's plain-text check). */
export function letterText(l: Letter): string {
  const blocks = l.body.map((b) => (b.kind === "field" ? `${b.label} : ${b.value}` : b.kind === "space" ? "" : b.text));
  return [
    l.letterhead.nom, ...l.letterhead.adresse, l.recipient?.join("\n"), l.placeDate, ...l.references, l.subject && `Objet : ${l.subject}`,
    l.heading, l.subheading, l.salutation, ...blocks, l.closing, l.signature && [l.signature.nom, l.signature.fonction, l.signature.structure].join("\n"),
  ].filter((x): x is string => Boolean(x)).join("\n");
}
