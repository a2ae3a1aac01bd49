// GET /api/notifications/flux — server-sent events: the signed-in user's unread count now, then
// each time a notification for them is committed on any instance (PostgreSQL LISTEN/NOTIFY, see
// lib/domain/notifications/live.ts), and a comment every 25 s so that proxies keep it open. A
// stream ends after 10 minutes (the browser reconnects, and the session is checked again: a
// disabled account stops hearing); `?une-fois=1` sends the count and ends (checks, scripts).
import { currentActor } from "@/lib/auth/current-user";
import { countUnreadNotifications } from "@/lib/domain/notifications/queries";
import { notificationHub } from "@/lib/domain/notifications/live";
import { notFoundResponse } from "@/lib/security/download-route";

export const dynamic = "force-dynamic";

const MAX_STREAM_MS = 10 * 60_000;

export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor || actor.mustChangePassword) return notFoundResponse();
  const once = new URL(request.url).searchParams.get("une-fois") === "1";
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (text: string) => { if (open) controller.enqueue(encoder.encode(text)); };
      const push = () => { countUnreadNotifications(actor).then((count) => send(`event: count\ndata: ${count}\n\n`), () => send(": erreur\n\n")); };
      const unsubscribe = notificationHub().subscribe(actor.id, push);
      const heartbeat = setInterval(() => send(": ping\n\n"), 25_000);
      const end = setTimeout(() => cleanup(), MAX_STREAM_MS);
      cleanup = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        clearTimeout(end);
        unsubscribe();
        try { controller.close(); } catch { /* already closed */ }
      };
      request.signal.addEventListener("abort", () => cleanup());
      send("retry: 5000\n\n");
      if (once) countUnreadNotifications(actor).then((count) => { send(`event: count\ndata: ${count}\n\n`); cleanup(); }, () => cleanup());
      else push();
    },
    cancel() { cleanup(); },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" },
  });
}
