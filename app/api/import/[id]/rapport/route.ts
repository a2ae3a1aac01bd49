// GET /api/import/:id/rapport?format=csv|xlsx — the report of an import: every row, its outcome
// and reason. RESPONSABLE and ADMIN of the structure; anyone else gets the same 404.
import { importReportCsv, importReportXlsx } from "@/lib/domain/import/report";
import { isUuid } from "@/lib/domain/shared/fields";
import { NotFoundError } from "@/lib/domain/errors";
import { downloadRoute, XLSX } from "@/lib/security/download-route";

export const dynamic = "force-dynamic";

export const GET = downloadRoute<{ id: string }>(async ({ actor, params, search }) => {
  if (!isUuid(params.id)) return null;
  const format = search.get("format") === "xlsx" ? "xlsx" : search.get("format") === "csv" ? "csv" : null;
  if (!format) return null;
  try {
    if (format === "csv") return { body: await importReportCsv(actor, params.id), filename: "rapport-import.csv", contentType: "text/csv; charset=utf-8" };
    return { body: await importReportXlsx(actor, params.id), filename: "rapport-import.xlsx", contentType: XLSX };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
});
