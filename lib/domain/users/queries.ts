import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { siteScope } from "@/lib/auth/scopes/site";
import { userScope } from "@/lib/auth/scopes/user";
import { isUuid } from "@/lib/domain/shared/fields";

const LIST_SELECT = {
  id: true,
  firstName: true,
  lastName: true,
  email: true,
  role: true,
  status: true,
  lastLoginAt: true,
  lockedUntil: true,
  mustChangePassword: true,
  site: { select: { id: true, name: true } },
} as const;

export function listUsers(actor: Actor) {
  return db.user.findMany({
    where: userScope(actor),
    // The providers linked to each account (issue 20), with their last sign-in.
    select: { ...LIST_SELECT, identities: { select: { provider: true, lastSignInAt: true }, orderBy: { provider: "asc" } } },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
  });
}

/** null when missing or outside the actor's structure: the page answers 404 either way. */
export async function getUser(actor: Actor, id: string) {
  if (!isUuid(id)) return null;
  return db.user.findFirst({ where: { AND: [userScope(actor), { id }] }, select: { ...LIST_SELECT, siteId: true, passwordExpiresAt: true } });
}

/** Sites of the actor's own structure (every role needs them for its forms). */
export function listSites(actor: Actor) {
  return db.site.findMany({
    where: siteScope(actor),
    select: { id: true, name: true, kind: true, quartier: true },
    orderBy: { name: "asc" },
  });
}
