// GET /api/agenda/flux/<token>.ics — a worker's agenda for a calendar application. No session:
// the token is the credential (decision 0087); anything not found is the same 404.
import { clientIpFrom } from "@/lib/auth/client-ip";
import { agendaFeedByToken } from "@/lib/domain/agenda/feeds";
import { notFound } from "../../ics-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const raw = token.endsWith(".ics") ? token.slice(0, -4) : "";
  const answer = await agendaFeedByToken(raw, clientIpFrom((name) => request.headers.get(name)));
  if (answer.ok) {
    return new Response(answer.body, {
      headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex", "Referrer-Policy": "no-referrer" },
    });
  }
  if (answer.status === 429) {
    return new Response("Trop de requêtes", { status: 429, headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": String(answer.retryAfterS), "Cache-Control": "no-store" } });
  }
  return notFound();
}
