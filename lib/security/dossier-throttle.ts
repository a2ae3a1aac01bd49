// In the proxy, before any page of a dossier is rendered (HTML or RSC payload): the signed-in
// user's openings are counted, and past the limit the answer is a French 429 page. A request
// without a valid session passes: the page itself sends it to the sign-in page.
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { loadActorForSession } from "@/lib/domain/auth/sessions";
import { consumeDossierOpening } from "@/lib/domain/rate-limit/dossier-openings";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { sessionIdFrom } from "@/lib/auth/session-cookie";
import { tooManyRequests } from "./responses";

const DOSSIER_PAGE = /^\/usagers\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\/|$)/i;

export const isDossierPage = (method: string, path: string) => (method === "GET" || method === "HEAD") && DOSSIER_PAGE.test(path);

export async function throttleDossierOpening(request: NextRequest, now = new Date()): Promise<Response | null> {
  const sid = await sessionIdFrom((name) => request.cookies.get(name)?.value);
  if (!sid) return null;
  const actor = await loadActorForSession(sid, { ip: clientIpFrom((name) => request.headers.get(name)), now });
  if (!actor) return null;
  const verdict = await consumeDossierOpening(actor, env().DOSSIER_OPENINGS_LIMIT ?? 120, request.nextUrl.pathname, now);
  return verdict.allowed ? null : tooManyRequests(verdict.retryAfterS);
}
