// GET /api/notifications/compte — the signed-in user's unread count, for the bell's polling
// fallback (when server-sent events are unavailable). Signed out: 404, like every route.
import { currentActor } from "@/lib/auth/current-user";
import { countUnreadNotifications } from "@/lib/domain/notifications/queries";
import { notFoundResponse } from "@/lib/security/download-route";

export const dynamic = "force-dynamic";

export async function GET() {
  const actor = await currentActor();
  if (!actor || actor.mustChangePassword) return notFoundResponse();
  return Response.json({ count: await countUnreadNotifications(actor) }, { headers: { "Cache-Control": "no-store" } });
}
