// A Letter (letter.ts) as a PDF with pdfkit: letterhead (logo, name, address), recipient block,
// place and date, references, subject, body, signature, and the footer on every page. The 14
// standard fonts need no font file; their WinAnsi encoding covers French (winansi.ts).
import PDFDocument from "pdfkit";
import type { Letter, LetterBlock } from "./letter";
import { toWinAnsi } from "./winansi";

const MARGIN = 62;
const LOGO_BOX: [number, number] = [150, 60];

type WriteOptions = PDFKit.Mixins.TextOptions & { bold?: boolean; size?: number; inset?: number };

/** `inset` shifts the whole block (every wrapped line), not only the first line like `indent`. */
function write(doc: PDFKit.PDFDocument, text: string, options: WriteOptions = {}) {
  const { bold, size, inset = 0, ...rest } = options;
  const x = doc.x;
  doc.x = x + inset;
  const width = rest.width ?? doc.page.width - doc.page.margins.right - doc.x;
  doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(size ?? 10.5).text(toWinAnsi(text), { ...rest, width });
  doc.x = x;
}

/** Lines written in the right half of the page (address block, signature). */
function rightColumn(doc: PDFKit.PDFDocument, lines: (string | null)[], boldFirst: boolean) {
  const x = doc.page.width / 2 + 10;
  const width = doc.page.width - MARGIN - x;
  doc.x = x;
  lines.filter((l): l is string => Boolean(l)).forEach((line, i) => write(doc, line, { bold: boldFirst && i === 0, width }));
  doc.x = MARGIN;
}

function footer(doc: PDFKit.PDFDocument, text: string) {
  // Written inside the bottom margin: lift the margin for a moment so pdfkit does not add a page.
  const { y } = doc;
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font("Helvetica").fontSize(8).fillColor("#555555")
    .text(toWinAnsi(text), MARGIN, doc.page.height - 40, { width: doc.page.width - 2 * MARGIN, align: "center" });
  doc.page.margins.bottom = bottom;
  doc.fillColor("#000000").fontSize(10.5);
  doc.x = MARGIN;
  doc.y = y;
}

function letterhead(doc: PDFKit.PDFDocument, l: Letter) {
  const h = l.letterhead;
  if (h.logo) {
    const top = doc.y;
    doc.image(Buffer.from(h.logo.bytes), MARGIN, top, { fit: LOGO_BOX });
    doc.x = MARGIN;
    doc.y = top + LOGO_BOX[1] + 8;
  }
  write(doc, h.nom, { bold: true, size: 13 });
  for (const line of h.adresse) write(doc, line);
  if (h.telephone) write(doc, `Tél. : ${h.telephone}`);
  if (h.email) write(doc, `Courriel : ${h.email}`);
}

function block(doc: PDFKit.PDFDocument, b: LetterBlock, previous: LetterBlock | undefined) {
  switch (b.kind) {
    case "paragraph":
      if (previous && previous.kind !== "heading") doc.moveDown(0.6);
      return write(doc, b.text, { bold: b.bold, align: "justify" });
    case "heading":
      doc.moveDown(previous ? 0.9 : 0);
      return write(doc, b.text, { bold: true, size: 11.5 });
    case "field":
      return doc.font("Helvetica-Bold").fontSize(10.5)
        .text(toWinAnsi(`${b.label} : `), MARGIN, undefined, { continued: true, width: doc.page.width - 2 * MARGIN })
        .font("Helvetica").text(toWinAnsi(b.value));
    case "item":
      return write(doc, `– ${b.text}`, { inset: 14 });
    case "inset":
      if (previous && previous.kind !== "inset") doc.moveDown(0.3);
      return write(doc, b.text, { inset: 14 });
    case "space":
      return doc.moveDown(0.6);
  }
}

export function renderLetterPdf(l: Letter, { compress = true }: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4", compress, margins: { top: 48, bottom: 64, left: MARGIN, right: MARGIN }, lang: "fr-FR",
    // No personal data in the metadata: it shows in file browsers and search indexes.
    info: { Title: toWinAnsi(l.title), Author: toWinAnsi(l.letterhead.nom), Creator: "Passerelle" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  if (l.footer) {
    const text = l.footer;
    doc.on("pageAdded", () => footer(doc, text));
    footer(doc, text);
  }
  letterhead(doc, l);
  if (l.recipient) {
    doc.moveDown(2);
    rightColumn(doc, l.recipient, true);
  }
  doc.moveDown(l.recipient ? 2 : 1.5);
  write(doc, l.placeDate, { align: "right" });
  if (l.references.length) doc.moveDown();
  for (const ref of l.references) write(doc, ref);
  if (l.subject) {
    if (!l.references.length) doc.moveDown();
    write(doc, `Objet : ${l.subject}`, { bold: true });
  }
  if (l.heading) {
    doc.moveDown();
    write(doc, l.heading, { bold: true, size: 15, align: "center" });
    if (l.subheading) write(doc, l.subheading, { size: 9, align: "center" });
  }
  doc.moveDown(l.heading ? 1.2 : 1);
  if (l.salutation) {
    write(doc, l.salutation);
    doc.moveDown(0.2);
  }
  l.body.forEach((b, i) => block(doc, b, l.body[i - 1]));
  if (l.closing) {
    doc.moveDown(0.8);
    write(doc, l.closing, { align: "justify" });
  }
  if (l.signature) {
    doc.moveDown(2);
    rightColumn(doc, [l.signature.nom, l.signature.fonction, l.signature.structure], true);
  }
  doc.end();
  return done;
}
