// GET /api/agenda/rendez-vous/:id/ics — one rendez-vous for the worker's own calendar (audited).
import { currentActor } from "@/lib/auth/current-user";
import { rendezVousIcs } from "@/lib/domain/agenda/ics-export";
import { icsResponse, notFound, refusedOrigin } from "../../../ics-response";
import { guardDownload } from "@/lib/security/route-guard";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const refused = refusedOrigin(request);
  if (refused) return refused;
  const actor = await currentActor();
  if (!actor || actor.mustChangePassword) return notFound();
  // Counted against the per-user download limit (issue #8).
  const limited = await guardDownload(request, actor);
  if (limited) return limited;
  const file = await rendezVousIcs(actor, (await params).id);
  return file ? icsResponse(file) : notFound();
}
