// GET /api/domiciliations/rapport?annee=2026&format=xlsx|pdf — the annual report to the préfet,
// for a RESPONSABLE of the structure. Anyone else, signed out included, gets a 404.
import { exportDomiciliationReport } from "@/lib/domain/domiciliation/report";
import { PDF, XLSX, downloadRoute } from "@/lib/security/download-route";

export const dynamic = "force-dynamic";

export const GET = downloadRoute(async ({ actor, search }) => {
  const format = search.get("format") === "pdf" ? "pdf" : "xlsx";
  const report = await exportDomiciliationReport(actor, Number(search.get("annee")), format);
  return report && { body: report.body, filename: report.filename, contentType: format === "pdf" ? PDF : XLSX };
});
