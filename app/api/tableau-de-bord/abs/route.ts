// GET /api/tableau-de-bord/abs?annee=YYYY: the anonymised aggregate export for the Analyse des besoins sociaux (XLSX, counts under 5 masked).
// RESPONSABLE only; anyone else, signed out included, gets a 404. Audited by the domain.
import { exportAbs } from "@/lib/domain/dashboard/exports";
import { downloadRoute } from "@/lib/security/download-route";
import { yearParam } from "../respond";

export const dynamic = "force-dynamic";

export const GET = downloadRoute(async ({ actor, search }) => {
  const year = yearParam(search);
  return year === null ? null : exportAbs(actor, year);
});
