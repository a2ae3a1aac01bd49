// GET /api/tableau-de-bord/rapport?annee=YYYY: the yearly rapport d'activité (XLSX), every table for the structure and each site.
// RESPONSABLE only; anyone else, signed out included, gets a 404. Audited by the domain.
import { exportRapportActivite } from "@/lib/domain/dashboard/exports";
import { downloadRoute } from "@/lib/security/download-route";
import { yearParam } from "../respond";

export const dynamic = "force-dynamic";

export const GET = downloadRoute(async ({ actor, search }) => {
  const year = yearParam(search);
  return year === null ? null : exportRapportActivite(actor, year);
});
