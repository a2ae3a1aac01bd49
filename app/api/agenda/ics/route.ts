// GET /api/agenda/ics — the signed-in worker's own rendez-vous, past week to twelve weeks ahead.
import { currentActor } from "@/lib/auth/current-user";
import { myAgendaIcs } from "@/lib/domain/agenda/ics-export";
import { icsResponse, notFound, refusedOrigin } from "../ics-response";
import { guardDownload } from "@/lib/security/route-guard";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const refused = refusedOrigin(request);
  if (refused) return refused;
  const actor = await currentActor();
  if (!actor || actor.mustChangePassword) return notFound();
  // Counted against the per-user download limit (issue #8).
  const limited = await guardDownload(request, actor);
  if (limited) return limited;
  const file = await myAgendaIcs(actor);
  return file ? icsResponse(file) : notFound();
}
