// Who did what: names of the accounts of the actor's structure, never of another structure.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { colleagueScope } from "@/lib/auth/scopes/user";

export type PersonName = { id: string; firstName: string; lastName: string };

/** Names of workers of the actor's structure, by id (référents, instructeurs, authors). */
export async function namesOf(actor: Actor, ids: Iterable<string | null | undefined>): Promise<Map<string, PersonName>> {
  const wanted = [...new Set([...ids].filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({
    where: { AND: [colleagueScope(actor), { id: { in: wanted } }] },
    select: { id: true, firstName: true, lastName: true },
  });
  return new Map(users.map((u) => [u.id, u]));
}

export type NameLookup = (id: string) => string | null;

/** namesOf as the "Prénom Nom" lookup the timeline sources take. */
export async function nameLookup(actor: Actor, ids: Iterable<string | null | undefined>): Promise<NameLookup> {
  const names = await namesOf(actor, ids);
  return (id) => {
    const u = names.get(id);
    return u ? `${u.firstName} ${u.lastName}` : null;
  };
}

/** Every account of the structure, by id, to name who did what (read once for a whole page). */
export async function structureUserNames(actor: Actor) {
  const users = await db.user.findMany({ where: colleagueScope(actor), select: { id: true, firstName: true, lastName: true } });
  const map = new Map(users.map((u) => [u.id, `${u.firstName} ${u.lastName}`]));
  return (id: string | null | undefined) => (id ? (map.get(id) ?? null) : null);
}
