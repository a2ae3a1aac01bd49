// GET /api/tableau-de-bord/abs?annee=YYYY: the anonymised aggregate export for the Analyse des besoins sociaux (XLSX, counts under 5 masked).
// RESPONSABLE only; anyone else, signed out included, gets a 404. Audited by the domain.
import { currentActor } from "@/lib/auth/current-user";
import { exportAbs } from "@/lib/domain/dashboard/exports";
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
  const file = await exportAbs(actor, year);
  return file ? fileResponse(file) : notFound();
}
