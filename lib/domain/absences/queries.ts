// Who is away: one's own absences and those one covers, the team's (RESPONSABLE), and, for the
// dossiers and notify(), the absences running today of a few workers.
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canManageTeamAbsences } from "@/lib/auth/permissions";
import { isSocial } from "@/lib/auth/roles";
import { absenceScope } from "@/lib/auth/scopes/absence";
import { colleagueScope, workersOf } from "@/lib/auth/scopes/user";
import { isoToDate } from "@/lib/domain/shared/fields";
import { parisToday } from "@/lib/domain/shared/paris-time";

export type AbsenceRow = {
  id: string; userId: string; absent: string; remplacantId: string; remplacant: string; debut: Date; fin: Date;
};

const todayDate = (now: Date) => isoToDate(parisToday(now))!;

async function withNames(actor: Actor, rows: { id: string; userId: string; remplacantId: string; debut: Date; fin: Date }[]): Promise<AbsenceRow[]> {
  const ids = [...new Set(rows.flatMap((r) => [r.userId, r.remplacantId]))];
  const users = await db.user.findMany({ where: { AND: [colleagueScope(actor), { id: { in: ids } }] }, select: { id: true, firstName: true, lastName: true } });
  const name = (id: string) => { const u = users.find((x) => x.id === id); return u ? `${u.firstName} ${u.lastName}` : "—"; };
  return rows.map((r) => ({ ...r, absent: name(r.userId), remplacant: name(r.remplacantId) }));
}

const SELECT = { id: true, userId: true, remplacantId: true, debut: true, fin: true } as const;

/** The actor's absences not yet over, and those in which they replace someone. */
export async function listMyAbsences(actor: Actor, now = new Date()) {
  if (!isSocial(actor)) return { mine: [], remplacements: [] };
  const rows = await db.absence.findMany({
    where: { AND: [absenceScope(actor), { cancelledAt: null, fin: { gte: todayDate(now) }, OR: [{ userId: actor.id }, { remplacantId: actor.id }] }] },
    select: SELECT, orderBy: { debut: "asc" }, take: 200,
  });
  const named = await withNames(actor, rows);
  return { mine: named.filter((r) => r.userId === actor.id), remplacements: named.filter((r) => r.remplacantId === actor.id) };
}

/** The team's absences not yet over: the RESPONSABLE's page. */
export async function listTeamAbsences(actor: Actor, now = new Date()): Promise<AbsenceRow[] | null> {
  if (!canManageTeamAbsences(actor)) return null;
  const rows = await db.absence.findMany({
    where: { AND: [absenceScope(actor), { cancelledAt: null, fin: { gte: todayDate(now) } }] },
    select: SELECT, orderBy: [{ debut: "asc" }], take: 500,
  });
  return withNames(actor, rows);
}

/** The TS and RESPONSABLE of the structure who may replace someone, or be replaced. */
export async function listTeamMembers(actor: Actor) {
  if (!isSocial(actor)) return [];
  const users = await db.user.findMany({
    where: { AND: [workersOf(actor.structureId), { status: "ACTIVE" }] },
    select: { id: true, firstName: true, lastName: true }, orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
  });
  return users.map((u) => ({ id: u.id, name: `${u.firstName} ${u.lastName}` }));
}

export type RunningAbsence = { fin: Date; remplacantId: string };

/**
 * The absences running today of these workers of a structure (for a dossier's référents, for
 * notify()). Read with the structure the caller already holds: notify() runs for jobs too.
 */
export async function runningAbsences(tx: DbTx | typeof db, structureId: string, userIds: string[], now = new Date()): Promise<Map<string, RunningAbsence>> {
  if (userIds.length === 0) return new Map();
  const today = todayDate(now);
  const rows = await tx.absence.findMany({
    where: { structureId, userId: { in: userIds }, cancelledAt: null, debut: { lte: today }, fin: { gte: today } },
    select: { userId: true, fin: true, remplacantId: true },
  });
  return new Map(rows.map((r) => [r.userId, { fin: r.fin, remplacantId: r.remplacantId }]));
}
