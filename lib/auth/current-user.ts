// The signed-in actor for pages, actions and route handlers. The session cookie is decoded here
// (not through getServerSession) so the server-side session id never reaches the browser.
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { noteDatabaseFailure } from "@/lib/availability/database-breaker";
import { loadActorForSession } from "@/lib/domain/auth/sessions";
import type { Actor } from "./actor";
import { clientIpFrom } from "./client-ip";
import { SESSION_COOKIE_NAMES, sessionIdFrom } from "./session-cookie";


/** The session's actor as stored, whatever it must do first (choose its password, enrol TOTP). */
const sessionActor = cache(async (): Promise<Actor | null> => {
  const jar = await cookies();
  const sid = await sessionIdFrom((name) => jar.get(name)?.value);
  if (!sid) return null;
  const h = await headers();
  try {
    return await loadActorForSession(sid, { ip: clientIpFrom((name) => h.get(name)) });
  } catch (error) {
    // The first lookup that finds PostgreSQL gone trips the proxy's breaker for the next ones.
    noteDatabaseFailure(error);
    throw error;
  }
});

/**
 * For route handlers: the actor, or null. An account whose password is temporary counts as not
 * signed in until it has chosen its own: enforced here, where the session is resolved, not in a
 * layout that a page, its RSC request or a route could run beside (issue 23, finding 3).
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const actor = await sessionActor();
  return actor && !actor.mustChangePassword ? actor : null;
});

/** For the pages that only send a person on (/ and /connexion): signed in at all, and where to. */
export async function signedInDestination(home: (actor: Actor) => string): Promise<string | null> {
  const actor = await sessionActor();
  if (!actor) return null;
  return actor.mustChangePassword ? CHANGE_PASSWORD_PATH : home(actor);
}

export const TOTP_ENROLMENT_PATH = "/compte/double-authentification";
export const CHANGE_PASSWORD_PATH = "/changer-mot-de-passe";

/**
 * For pages and server actions: the actor, or a redirect. A temporary password is changed before
 * anything else (only the change-password page and its action pass `allowPasswordChange`); then
 * an account that must have a second factor and has none is sent to enrol (only the enrolment
 * page and its actions pass `allowTotpEnrolment`).
 */
export async function requireUser(options: { allowTotpEnrolment?: boolean; allowPasswordChange?: boolean } = {}): Promise<Actor> {
  const actor = await sessionActor();
  if (actor?.mustChangePassword) {
    if (!options.allowPasswordChange) redirect(CHANGE_PASSWORD_PATH);
    return actor;
  }
  if (actor?.mustEnrolTotp && !options.allowTotpEnrolment) redirect(TOTP_ENROLMENT_PATH);
  if (actor) return actor;
  const jar = await cookies();
  const hadSession = SESSION_COOKIE_NAMES.some((name) => jar.has(name));
  redirect(hadSession ? "/connexion?session=expiree" : "/connexion");
}
