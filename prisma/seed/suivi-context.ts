// Shared pieces of the suivi social seed: the people and workers it reads from the database,
// date helpers for @db.Date columns, and the audit rows that make the dossier history.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LogementStatut, UsagerStatus } from "@/lib/generated/prisma/enums";
import { atMidnight, DAY_MS, instantBetween, int, type Rng } from "./usagers-random";

export type SeedUsager = {
  id: string; structureId: string; status: UsagerStatus; createdAt: Date; lastContactAt: Date | null;
  logementStatut: LogementStatut | null; referentIds: string[]; disponibleCents: number;
};
export type Workers = {
  /** Ids of the travailleurs sociaux and responsables who follow people, with a weight each. */
  weights: Record<string, number>;
  responsableId: string | null;
  /** Workers written "Le travailleur social" in the plan (the others "La travailleuse sociale"). */
  male: Set<string>;
};
export type AuditRows = Prisma.AuditLogCreateManyInput[];

export const days = (n: number) => n * DAY_MS;
export const plus = (d: Date, n: number) => new Date(d.getTime() + days(n));
export const minDate = (...d: Date[]) => new Date(Math.min(...d.map((x) => x.getTime())));
export const maxDate = (...d: Date[]) => new Date(Math.max(...d.map((x) => x.getTime())));

/** A calendar day (UTC midnight) between two dates; `from` when the range is empty. */
export function dayBetween(rng: Rng, from: Date, to: Date): Date {
  if (to.getTime() <= from.getTime()) return atMidnight(from);
  return atMidnight(new Date(from.getTime() + rng() * (to.getTime() - from.getTime())));
}

/** An instant during office hours of a calendar day, never after `now`. */
export const instantOn = (rng: Rng, day: Date, now: Date) => minDate(instantBetween(rng, day, plus(day, 1)), now);

export function pickWorker(rng: Rng, workers: Workers, preferred: string[]): string {
  const own = preferred.filter((id) => id in workers.weights);
  if (own.length > 0) return own[int(rng, 0, own.length - 1)]!;
  const entries = Object.entries(workers.weights);
  let r = rng() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [id, w] of entries) {
    r -= w;
    if (r < 0) return id;
  }
  return entries[0]![0];
}

export function audit(
  rows: AuditRows, at: Date, actorId: string | null, structureId: string, action: string, entityType: string, entityId: string,
  details: Record<string, string | number | boolean | null>,
) {
  rows.push({ at, actorId, structureId, action, entityType, entityId, details });
}
