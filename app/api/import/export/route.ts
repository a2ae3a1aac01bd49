// GET /api/import/export?format=csv|xlsx — the structure's dossiers in the import's format (to
// edit in Excel and import again). RESPONSABLE only; anyone else gets the same 404.
import { exportDossiersCsv, exportDossiersXlsx } from "@/lib/domain/import/export";
import { NotFoundError } from "@/lib/domain/errors";
import { downloadRoute, XLSX } from "@/lib/security/download-route";

export const dynamic = "force-dynamic";

export const GET = downloadRoute(async ({ actor, search }) => {
  const format = search.get("format");
  try {
    if (format === "csv") return { body: await exportDossiersCsv(actor), filename: "dossiers-format-import.csv", contentType: "text/csv; charset=utf-8" };
    if (format === "xlsx") return { body: await exportDossiersXlsx(actor), filename: "dossiers-format-import.xlsx", contentType: XLSX };
    return null;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
});
