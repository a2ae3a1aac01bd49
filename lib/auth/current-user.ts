// The signed-in actor for pages, actions and route handlers. The session cookie is decoded here
// (not through getServerSession) so the server-side session id never reaches the browser.
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { loadActorForSession } from "@/lib/domain/auth/sessions";
import type { Actor } from "./actor";
import { clientIpFrom } from "./client-ip";
import { SESSION_COOKIE_NAMES, sessionIdFrom } from "./session-cookie";


export const currentActor = cache(async (): Promise<Actor | null> => {
  const jar = await cookies();
  const sid = await sessionIdFrom((name) => jar.get(name)?.value);
  if (!sid) return null;
  const h = await headers();
  return loadActorForSession(sid, { ip: clientIpFrom((name) => h.get(name)) });
});

export const TOTP_ENROLMENT_PATH = "/compte/double-authentification";

/**
 * For pages and server actions: the actor, or a redirect to the sign-in page. An account that
 * must have a second factor and has none is sent to enrol before anything else (only the
 * enrolment page itself passes `allowTotpEnrolment`).
 */
export async function requireUser(options: { allowTotpEnrolment?: boolean } = {}): Promise<Actor> {
  const actor = await currentActor();
  if (actor?.mustEnrolTotp && !options.allowTotpEnrolment) redirect(TOTP_ENROLMENT_PATH);
  if (actor) return actor;
  const jar = await cookies();
  const hadSession = SESSION_COOKIE_NAMES.some((name) => jar.has(name));
  redirect(hadSession ? "/connexion?session=expiree" : "/connexion");
}
