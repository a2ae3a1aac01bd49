// The courrier d'orientation as a PDF, from plain data (no database, no clock): what the letter
// says is decided by the caller, ONLY the transmitted sections are printed. pdfkit's built-in
// Helvetica needs no font file and covers French through WinAnsi; characters outside it are
// replaced first (a narrow no-break space from Intl would otherwise print as garbage).
import PDFDocument from "pdfkit";
import { toWinAnsi } from "@/lib/domain/shared/win-ansi";
import type { TransmisSection } from "./transmis";

export type CourrierData = {
  structure: { nom: string; adresse: string; codePostal: string; commune: string; telephone: string | null };
  /** "Lille, le 22/11/2026": the structure's town and the letter's date (dd/mm/yyyy). */
  lieuDate: string;
  reference: string;
  destinataire: { nom: string; organisme: string | null; adresse: string | null; codePostal: string | null; commune: string | null };
  /** "Madame Amélie DUPONT": always printed, the partner must know whom it receives. */
  personne: string;
  urgence: "NORMALE" | "PRIORITAIRE" | "URGENTE";
  dateOrientation: string;
  motif: string;
  sections: TransmisSection[];
  consentementLe: string;
  signataire: { nom: string; fonction: string };
  /** Pièces jointes sent with the letter, one line each. */
  piecesJointes?: string[];
};

const MARGIN = 62;
const FOOTER = "Document confidentiel, couvert par le secret professionnel (CASF L.411-3) : à ne pas transmettre à un tiers.";

function footer(doc: PDFKit.PDFDocument) {
  // Written inside the bottom margin: lift the margin for a moment so pdfkit does not add a page.
  const { y } = doc;
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font("Helvetica").fontSize(8).fillColor("#555555")
    .text(toWinAnsi(FOOTER), MARGIN, doc.page.height - 40, { width: doc.page.width - 2 * MARGIN, align: "center" });
  doc.page.margins.bottom = bottom;
  doc.fillColor("#000000").fontSize(10.5);
  doc.y = y;
}

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

function header(doc: PDFKit.PDFDocument, data: CourrierData) {
  const s = data.structure;
  write(doc, s.nom, { bold: true, size: 14 });
  write(doc, s.adresse);
  write(doc, `${s.codePostal} ${s.commune}`);
  if (s.telephone) write(doc, `Tél. : ${s.telephone}`);
  doc.moveDown(2);
  const d = data.destinataire;
  rightColumn(doc, [d.nom, d.organisme, d.adresse, [d.codePostal, d.commune].filter(Boolean).join(" ")], true);
}

export function renderCourrierPdf(data: CourrierData, { compress = true }: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4", compress, margins: { top: 56, bottom: 64, left: MARGIN, right: MARGIN }, lang: "fr-FR",
    // No personal data in the metadata: it shows in file browsers and search indexes.
    info: { Title: "Courrier d'orientation", Author: data.structure.nom, Creator: "Passerelle" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.on("pageAdded", () => footer(doc));
  footer(doc);
  header(doc, data);
  doc.moveDown(2);
  write(doc, data.lieuDate, { align: "right" });
  doc.moveDown();
  write(doc, `Réf. : ${data.reference}`);
  write(doc, `Objet : orientation de ${data.personne}`, { bold: true });
  if (data.urgence !== "NORMALE") write(doc, data.urgence === "URGENTE" ? "Orientation urgente" : "Orientation prioritaire", { bold: true });
  doc.moveDown();
  write(doc, "Madame, Monsieur,");
  doc.moveDown(0.6);
  write(doc, `Le ${data.dateOrientation}, nous avons orienté vers votre service ${data.personne}, que nous accompagnons, pour le motif suivant :`);
  doc.moveDown(0.4);
  write(doc, data.motif, { inset: 14 });
  doc.moveDown(0.8);
  write(doc, "Éléments transmis avec l'accord de la personne, limités à ce qui est nécessaire à sa prise en charge :");
  for (const section of data.sections) {
    doc.moveDown(0.5);
    write(doc, section.title, { bold: true });
    for (const line of section.lines) write(doc, `${line.label} : ${line.value}`, { inset: 14 });
  }
  if (data.piecesJointes?.length) {
    doc.moveDown(0.5);
    write(doc, "Pièces jointes", { bold: true });
    for (const piece of data.piecesJointes) write(doc, `- ${piece}`, { inset: 14 });
  }
  doc.moveDown(0.8);
  write(doc, `La personne a été informée de cette orientation et a donné son accord le ${data.consentementLe}.`, { bold: true });
  doc.moveDown(0.6);
  write(doc, "Nous vous remercions de bien vouloir nous accuser réception de cette orientation et nous tenir informés de la suite que vous pourrez lui donner.");
  doc.moveDown(0.6);
  write(doc, "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.");
  doc.moveDown(2);
  rightColumn(doc, [data.signataire.nom, data.signataire.fonction, data.structure.nom], true);
  doc.end();
  return done;
}
