// GET /api/tableau-de-bord/export?table=…&format=csv|xlsx&periode=…(&du&au)(&site): one table of
// the dashboard for the period shown. RESPONSABLE only; anyone else, signed out included, gets
// a 404. The domain writes the audit row with the filters.
import { currentActor } from "@/lib/auth/current-user";
import { exportDashboardTable } from "@/lib/domain/dashboard/exports";
import { filterOf, parseDashboardParams } from "@/lib/domain/dashboard/period";
import { TABLE_KEYS, type TableKey } from "@/lib/domain/dashboard/tables";
import { guardDownload } from "@/lib/security/route-guard";
import { fileResponse, notFound } from "../respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor || actor.mustChangePassword) return notFound();
  const refused = await guardDownload(request, actor);
  if (refused) return refused;
  const search = new URL(request.url).searchParams;
  const table = search.get("table") ?? "";
  const format = search.get("format");
  if (!(TABLE_KEYS as readonly string[]).includes(table) || (format !== "csv" && format !== "xlsx")) return notFound();
  const params = parseDashboardParams(Object.fromEntries(search));
  const file = await exportDashboardTable(actor, table as TableKey, format, filterOf(params));
  return file ? fileResponse(file) : notFound();
}
