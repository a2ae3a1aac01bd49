// The annual report as a PDF (pdfkit, Helvetica through WinAnsi).
import PDFDocument from "pdfkit";
import { toWinAnsi } from "@/lib/domain/shared/letter/winansi";
import { reportLines, type DomiciliationReport } from "./report-lines";

export function renderReportPdf(r: DomiciliationReport, { compress = true } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, compress, info: { Title: `Rapport annuel de domiciliation ${r.annee}`, Author: r.structure, Creator: "Passerelle" } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const t = (s: string) => toWinAnsi(s);
  const row = (label: string, value: number) => doc.font("Helvetica").fontSize(10.5).text(t(`${label} : ${value}`));
  doc.font("Helvetica-Bold").fontSize(15).text(t(`Rapport annuel de domiciliation ${r.annee}`));
  doc.font("Helvetica").fontSize(10.5).text(t(r.structure));
  doc.fontSize(9).text(t("Articles L.264-1 et suivants du code de l'action sociale et des familles")).moveDown();
  for (const [label, value] of reportLines(r)) row(label, value);
  doc.moveDown().font("Helvetica-Bold").fontSize(12).text(t("Principaux motifs de refus"));
  if (r.motifsRefus.length === 0) doc.font("Helvetica").fontSize(10.5).text(t("Aucun refus"));
  for (const m of r.motifsRefus) row(m.motif, m.nombre);
  doc.moveDown().font("Helvetica-Bold").fontSize(12).text(t("Principaux motifs de fin"));
  if (r.motifsFin.length === 0) doc.font("Helvetica").fontSize(10.5).text(t("Aucune fin"));
  for (const m of r.motifsFin) row(m.motif, m.nombre);
  doc.end();
  return done;
}
