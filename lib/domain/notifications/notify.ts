// The one call a feature makes to notify colleagues, inside its own transaction:
//   await notify(tx, actor, { kind, to, usagerId, href, title });
// Recipients are filtered here (active, of the structure, of a role that may open the link, never
// the actor), so a caller cannot deliver what the recipient could not open. pg_notify is sent in
// the same transaction: PostgreSQL delivers it at the commit only, so a rolled-back change raises
// no count (lib/domain/notifications/live.ts listens).
import type { DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { runningAbsences } from "@/lib/domain/absences/queries";
import { NOTIFICATION_AUDIENCE, type NotificationKind } from "./kinds";

export const NOTIFY_CHANNEL = "passerelle_notifications";

export type NotifyInput = {
  kind: NotificationKind;
  /** Candidate recipients (user ids); those who may not receive it are dropped. */
  to: Iterable<string | null | undefined>;
  /** Without an actor (a job), the structure must be given. */
  structureId?: string;
  usagerId?: string | null;
  href: string;
  /** French, without a person's name; " (dossier n° …)" is added when usagerId is given. */
  title: string;
  /** A job's key, so that a run twice notifies once. */
  dedupeKey?: string;
};

export async function notify(tx: DbTx, actor: Actor | null, input: NotifyInput): Promise<string[]> {
  const structureId = actor?.structureId ?? input.structureId;
  if (!structureId) throw new Error("notify: structure inconnue");
  const wanted = [...new Set([...input.to].filter((id): id is string => !!id && id !== actor?.id))];
  if (wanted.length === 0) return [];
  const users = await tx.user.findMany({
    where: { id: { in: wanted }, structureId, status: "ACTIVE", role: { in: [...NOTIFICATION_AUDIENCE[input.kind]] } },
    select: { id: true },
  });
  if (users.length === 0) return [];
  const ids = users.map((u) => u.id);
  const dossier = input.usagerId ? await tx.usager.findFirst({ where: { id: input.usagerId, structureId }, select: { numeroDossier: true } }) : null;
  if (input.usagerId && !dossier) return [];
  const title = dossier ? `${input.title} (dossier n° ${dossier.numeroDossier})` : input.title;
  const rows = ids.map((userId) => ({ userId, title, dedupeKey: input.dedupeKey ?? null }));
  rows.push(...await replacements(tx, actor, input, structureId, ids, title));
  // A duplicate (same user, same dedupeKey) is skipped: only the rows written are told.
  const created = await tx.notification.createManyAndReturn({
    data: rows.map((r) => ({ structureId, userId: r.userId, kind: input.kind, usagerId: input.usagerId ?? null, href: input.href, title: r.title, dedupeKey: r.dedupeKey })),
    skipDuplicates: true,
    select: { userId: true },
  });
  for (const { userId } of created) await tx.$executeRaw`SELECT pg_notify(${NOTIFY_CHANNEL}, ${userId})`;
  return created.map((c) => c.userId);
}

/**
 * During an absence, what is meant for the absent worker also goes to their remplaçant, saying so
 * ("en remplacement de …"), under the same filter (active, of the structure, of the kind's
 * audience), unless they receive it already or caused it.
 */
async function replacements(tx: DbTx, actor: Actor | null, input: NotifyInput, structureId: string, ids: string[], title: string) {
  const absences = await runningAbsences(tx, structureId, ids);
  const byRemplacant = new Map<string, string>();
  for (const [absentId, a] of absences) {
    if (!ids.includes(a.remplacantId) && a.remplacantId !== actor?.id && !byRemplacant.has(a.remplacantId)) byRemplacant.set(a.remplacantId, absentId);
  }
  if (byRemplacant.size === 0) return [];
  const people = await tx.user.findMany({
    where: { structureId, id: { in: [...byRemplacant.keys(), ...byRemplacant.values()] } },
    select: { id: true, firstName: true, lastName: true, status: true, role: true },
  });
  const audience: readonly string[] = NOTIFICATION_AUDIENCE[input.kind];
  return [...byRemplacant].flatMap(([remplacantId, absentId]) => {
    const r = people.find((p) => p.id === remplacantId);
    const absent = people.find((p) => p.id === absentId);
    if (!r || !absent || r.status !== "ACTIVE" || !audience.includes(r.role)) return [];
    return [{ userId: r.id, title: `${title} — en remplacement de ${absent.firstName} ${absent.lastName}`, dedupeKey: input.dedupeKey ? `${input.dedupeKey}:remplacement:${absentId}` : null }];
  });
}

/** The référents of a dossier: who hears of what happens to "their" dossiers. */
export async function dossierReferents(tx: DbTx, usagerId: string): Promise<string[]> {
  return (await tx.usagerReferent.findMany({ where: { usagerId }, select: { userId: true } })).map((r) => r.userId);
}

/** "Camille Martin", for a title. */
export const actorName = (actor: Actor) => `${actor.firstName} ${actor.lastName}`;
