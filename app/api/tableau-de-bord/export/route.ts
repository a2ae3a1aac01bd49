// GET /api/tableau-de-bord/export?table=…&format=csv|xlsx&periode=…(&du&au)(&site): one table of
// the dashboard for the period shown. RESPONSABLE only; anyone else, signed out included, gets
// a 404. The domain writes the audit row with the filters.
import { exportDashboardTable } from "@/lib/domain/dashboard/exports";
import { filterOf, parseDashboardParams } from "@/lib/domain/dashboard/period";
import { TABLE_KEYS, type TableKey } from "@/lib/domain/dashboard/tables";
import { downloadRoute } from "@/lib/security/download-route";

export const dynamic = "force-dynamic";

export const GET = downloadRoute(async ({ actor, search }) => {
  const table = search.get("table") ?? "";
  const format = search.get("format");
  if (!(TABLE_KEYS as readonly string[]).includes(table) || (format !== "csv" && format !== "xlsx")) return null;
  return exportDashboardTable(actor, table as TableKey, format, filterOf(parseDashboardParams(Object.fromEntries(search))));
});
