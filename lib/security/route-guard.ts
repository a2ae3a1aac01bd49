// One call at the top of every route handler that downloads a generated document or changes
// something: refuse a request started by another site (CSRF), then count it against the user's
// download limit. Returns the response to send back, or null to go on.
import type { Actor } from "@/lib/auth/actor";
import { appOrigins } from "./app-origins";
import { consumeDownload } from "@/lib/domain/rate-limit/downloads";
import { checkSameOrigin } from "./origin";
import { crossSiteRefused, secondFactorFirst, tooManyRequests } from "./responses";

/** CSRF check only (for a route handler that is not a download). */
export function refuseCrossSite(request: Request): Response | null {
  return checkSameOrigin(request.method, request.headers, appOrigins()).ok ? null : crossSiteRefused();
}

/** CSRF check, then the per-user download limit. Call after the actor is known. */
export async function guardDownload(request: Request, actor: Pick<Actor, "id" | "mustEnrolTotp">, now = new Date()): Promise<Response | null> {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  if (actor.mustEnrolTotp) return secondFactorFirst();
  const verdict = await consumeDownload(actor, now);
  return verdict.allowed ? null : tooManyRequests(verdict.retryAfterS);
}
