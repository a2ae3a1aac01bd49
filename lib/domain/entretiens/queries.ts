// Reading entretiens. The confidential note is fetched by a separate query restricted to the
// actor's own entretiens, so another person's note never leaves the database.
import { db } from "@/lib/db";
import { namesOf } from "@/lib/domain/shared/user-names";
import type { Actor } from "@/lib/auth/actor";
import { accompagnementScope } from "@/lib/auth/scopes/accompagnement";
import { confidentialNoteScope, entretienScope } from "@/lib/auth/scopes/entretien";

const PUBLIC_FIELDS = {
  id: true, date: true, dureeMinutes: true, canal: true, objets: true, objetPrecision: true, resume: true, suites: true,
  rappelLe: true, rappelFait: true, authorId: true, accompagnementId: true, createdAt: true,
} as const;

async function ownNotes(actor: Actor, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.entretien.findMany({
    where: { AND: [confidentialNoteScope(actor), { id: { in: ids }, noteConfidentielle: { not: null } }] },
    select: { id: true, noteConfidentielle: true },
  });
  return new Map(rows.map((r) => [r.id, r.noteConfidentielle!]));
}

export async function listEntretiens(actor: Actor, usagerId: string, { take = 100 }: { take?: number } = {}) {
  const rows = await db.entretien.findMany({
    where: { AND: [entretienScope(actor), { usagerId }] },
    select: PUBLIC_FIELDS,
    orderBy: { date: "desc" },
    take,
  });
  const [notes, authors] = await Promise.all([
    ownNotes(actor, rows.map((r) => r.id)),
    namesOf(actor, rows.map((r) => r.authorId)),
  ]);
  return rows.map((r) => {
    const author = authors.get(r.authorId);
    return { ...r, author: author ? `${author.firstName} ${author.lastName}` : null, noteConfidentielle: notes.get(r.id) ?? null };
  });
}
export type EntretienRow = Awaited<ReturnType<typeof listEntretiens>>[number];

/** Accompagnements of the dossier an entretien can be linked to (open ones first). */
export function listLinkableAccompagnements(actor: Actor, usagerId: string) {
  return db.accompagnement.findMany({
    where: { AND: [accompagnementScope(actor), { usagerId, status: { not: "CLOS" } }] },
    select: { id: true, type: true, debut: true },
    orderBy: { debut: "desc" },
  });
}

/** The actor's own reminders ("suites à donner") due by `until` and not done yet. */
export function listDueRappels(actor: Actor, until: Date) {
  return db.entretien.findMany({
    where: { AND: [entretienScope(actor), { authorId: actor.id, rappelFait: false, rappelLe: { lte: until } }] },
    select: { id: true, rappelLe: true, suites: true, usager: { select: { id: true, nom: true, prenom: true } } },
    orderBy: { rappelLe: "asc" },
  });
}
