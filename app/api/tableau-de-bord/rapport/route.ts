// GET /api/tableau-de-bord/rapport?annee=YYYY: the yearly rapport d'activité (XLSX), every table for the structure and each site.
// RESPONSABLE only; anyone else, signed out included, gets a 404. Audited by the domain.
import { currentActor } from "@/lib/auth/current-user";
import { exportRapportActivite } from "@/lib/domain/dashboard/exports";
import { guardDownload } from "@/lib/security/route-guard";
import { fileResponse, notFound, yearParam } from "../respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor || actor.mustChangePassword) return notFound();
  const refused = await guardDownload(request, actor);
  if (refused) return refused;
  const year = yearParam(request);
  if (year === null) return notFound();
  const file = await exportRapportActivite(actor, year);
  return file ? fileResponse(file) : notFound();
}
