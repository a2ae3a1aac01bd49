// A Letter (letter.ts) as a DOCX the worker can open and adjust in Word or LibreOffice: the base
// template of base-template.ts filled by docxtemplater (values escaped, emoji kept).
import PDFDocument from "pdfkit";
import type { Letter } from "./letter";
import { baseLetterTemplate } from "./base-template";
import { fillDocx } from "./docx-engine";

const LOGO_BOX = { width: 150, height: 60 };

/** The logo's size in points, fitted in the letterhead's box (pdfkit reads the PNG or JPEG). */
export function fittedLogoSize(bytes: Uint8Array): { widthPt: number; heightPt: number } {
  // openImage is pdfkit's public image loader (absent from @types/pdfkit).
  const loader = new PDFDocument({ autoFirstPage: false }) as unknown as { openImage(src: Buffer): { width: number; height: number } };
  const image = loader.openImage(Buffer.from(bytes));
  const scale = Math.min(LOGO_BOX.width / image.width, LOGO_BOX.height / image.height);
  return { widthPt: image.width * scale, heightPt: image.height * scale };
}

function blockData(l: Letter) {
  return l.body.map((b) => ({
    isParagraph: b.kind === "paragraph" && !b.bold,
    isBoldParagraph: b.kind === "paragraph" && Boolean(b.bold),
    isHeading: b.kind === "heading",
    isField: b.kind === "field",
    isItem: b.kind === "item",
    isInset: b.kind === "inset",
    isSpace: b.kind === "space",
    text: "text" in b ? b.text : "",
    label: b.kind === "field" ? b.label : "",
    value: b.kind === "field" ? b.value : "",
  }));
}

export function renderLetterDocx(l: Letter): Buffer {
  const logo = l.letterhead.logo ? { ...l.letterhead.logo, ...fittedLogoSize(l.letterhead.logo.bytes) } : null;
  const [first, ...rest] = l.recipient ?? [];
  return fillDocx(baseLetterTemplate(logo), {
    lh: { nom: l.letterhead.nom, adresse: l.letterhead.adresse, telephone: l.letterhead.telephone ?? "", email: l.letterhead.email ?? "" },
    recipient: first ? { first, rest } : null,
    placeDate: l.placeDate,
    references: l.references,
    subject: l.subject ?? "",
    heading: l.heading ?? "",
    subheading: l.subheading ?? "",
    salutation: l.salutation ?? "",
    body: blockData(l),
    closing: l.closing ?? "",
    signature: l.signature ? { ...l.signature, fonction: l.signature.fonction ?? "" } : null,
    footer: l.footer ?? "",
  });
}
