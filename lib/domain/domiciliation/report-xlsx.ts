// The annual report as a spreadsheet (exceljs: a maintained XLSX writer, no hand-made OOXML).
import ExcelJS from "exceljs";
import { sheetRow } from "@/lib/domain/shared/spreadsheet-cell";
import { reportLines, type DomiciliationReport } from "./report-lines";

export async function renderReportXlsx(r: DomiciliationReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Passerelle";
  const ws = wb.addWorksheet(`Domiciliations ${r.annee}`);
  ws.columns = [{ width: 64 }, { width: 14 }];
  ws.addRow(sheetRow([`Rapport annuel de domiciliation ${r.annee} — ${r.structure}`])).font = { bold: true, size: 13 };
  ws.addRow(sheetRow(["Articles L.264-1 et suivants du code de l'action sociale et des familles"]));
  ws.addRow(sheetRow([]));
  ws.addRow(sheetRow(["Indicateur", "Nombre"])).font = { bold: true };
  for (const [label, value] of reportLines(r)) ws.addRow(sheetRow([label, value]));
  ws.addRow(sheetRow([]));
  ws.addRow(sheetRow(["Principaux motifs de refus", "Nombre"])).font = { bold: true };
  for (const m of r.motifsRefus) ws.addRow(sheetRow([m.motif, m.nombre]));
  if (r.motifsRefus.length === 0) ws.addRow(sheetRow(["Aucun refus", 0]));
  ws.addRow(sheetRow([]));
  ws.addRow(sheetRow(["Principaux motifs de fin", "Nombre"])).font = { bold: true };
  for (const m of r.motifsFin) ws.addRow(sheetRow([m.motif, m.nombre]));
  if (r.motifsFin.length === 0) ws.addRow(sheetRow(["Aucune fin", 0]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
