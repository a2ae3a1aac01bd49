// The annual report to the préfet (CASF L.264-8): domiciliations in force and people domiciled
// on 31 December, and the year's requests, grants, renewals, refusals and ends with their main
// reasons. Figures are computed from the rows' dates, so a report on a past year stays the same.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canReadDomiciliationReport } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { MOTIF_FIN_LABELS, MOTIF_REFUS_LABELS, type MotifFin, type MotifRefus } from "./labels";
import { renderReportPdf } from "./report-pdf";
import type { DomiciliationReport, ReasonCount } from "./report-lines";
import { renderReportXlsx } from "./report-xlsx";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));

function countBy<T extends string>(values: (T | null)[], labels: Record<T, string>): ReasonCount[] {
  const counts = new Map<string, number>();
  for (const v of values) {
    const label = v ? labels[v] : "Non renseigné";
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts.entries()].map(([motif, nombre]) => ({ motif, nombre })).sort((a, b) => b.nombre - a.nombre || a.motif.localeCompare(b.motif, "fr"));
}

/** The figures of one calendar year for one structure (pure read, no permission check). */
export async function computeDomiciliationReport(structureId: string, annee: number): Promise<DomiciliationReport> {
  const start = utc(annee, 0, 1);
  const end = utc(annee, 11, 31);
  const inYear = { gte: start, lte: end };
  const [structure, inForce, demandes, accordees, renouvelees, refusees, terminees] = await Promise.all([
    db.structure.findUniqueOrThrow({ where: { id: structureId }, select: { name: true } }),
    db.domiciliation.findMany({
      where: { structureId, debut: { lte: end }, finValidite: { gte: end }, OR: [{ finLe: null }, { finLe: { gt: end } }], status: { in: ["ACCORDEE", "TERMINEE"] } },
      select: { membresCouverts: true },
    }),
    db.domiciliation.count({ where: { structureId, demandeLe: inYear } }),
    db.domiciliation.count({ where: { structureId, status: { in: ["ACCORDEE", "TERMINEE"] }, decisionLe: inYear } }),
    db.domiciliation.count({ where: { structureId, renouveleeLe: inYear } }),
    db.domiciliation.findMany({ where: { structureId, status: "REFUSEE", decisionLe: inYear }, select: { motifRefus: true } }),
    db.domiciliation.findMany({ where: { structureId, status: "TERMINEE", finLe: inYear }, select: { motifFin: true } }),
  ]);
  return {
    annee, structure: structure.name,
    enVigueur31Decembre: inForce.length,
    personnesDomiciliees31Decembre: inForce.reduce((s, d) => s + 1 + d.membresCouverts.length, 0),
    demandesRecues: demandes, accordees, renouvelees,
    refusees: refusees.length, terminees: terminees.length,
    motifsRefus: countBy(refusees.map((r) => r.motifRefus as MotifRefus | null), MOTIF_REFUS_LABELS),
    motifsFin: countBy(terminees.map((r) => r.motifFin as MotifFin | null), MOTIF_FIN_LABELS),
  };
}

export const REPORT_YEAR_MIN = 2000;

/** The report as a download (XLSX or PDF) for a RESPONSABLE; null for anyone else (404). */
export async function exportDomiciliationReport(actor: Actor, annee: number, format: "xlsx" | "pdf") {
  if (!canReadDomiciliationReport(actor) || !Number.isInteger(annee) || annee < REPORT_YEAR_MIN || annee > 2100) return null;
  const report = await computeDomiciliationReport(actor.structureId, annee);
  const body = format === "pdf" ? await renderReportPdf(report) : await renderReportXlsx(report);
  await db.$transaction((tx) => writeAudit(tx, actor, { action: "domiciliation.report", entityType: "Structure", entityId: actor.structureId, details: { annee, format } }));
  return { body, filename: `domiciliations-rapport-${annee}.${format}` };
}
