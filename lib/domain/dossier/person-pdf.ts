// The right-of-access document as a PDF (pdfkit, standard Helvetica: its WinAnsi encoding covers
// French accents, œ and €).
import PDFDocument from "pdfkit";
import type { PersonReport } from "@/lib/domain/shared/dossier-part";

export function renderPersonReportPdf(report: PersonReport, { compress = true } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 50, compress, info: { Title: report.titre, Author: report.structure } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const line = (label: string, value: string) => {
    doc.font("Helvetica-Bold").fontSize(9).text(`${label} : `, { continued: true }).font("Helvetica").text(value);
  };
  doc.font("Helvetica").fontSize(9).fillColor("#555").text(report.structure).text(`Document généré le ${report.genereLe}`).fillColor("#000");
  doc.moveDown().font("Helvetica-Bold").fontSize(16).text(report.titre);
  doc.moveDown(0.5).font("Helvetica-Oblique").fontSize(9).text(report.avertissement);
  for (const section of report.sections) {
    doc.moveDown().font("Helvetica-Bold").fontSize(12).fillColor("#1f3a93").text(section.titre).fillColor("#000").moveDown(0.3);
    const empty = section.lignes.length === 0 && !section.sousSections?.length;
    if (empty) doc.font("Helvetica").fontSize(9).text("Aucune information enregistrée.");
    for (const [label, value] of section.lignes) line(label, value);
    for (const sub of section.sousSections ?? []) {
      doc.moveDown(0.4).font("Helvetica-Bold").fontSize(10).text(sub.titre);
      for (const [label, value] of sub.lignes) line(label, value);
    }
  }
  doc.end();
  return done;
}
