// No double booking of a worker. Two bookings of the same worker are serialised by a transaction
// advisory lock on the worker's id, then the overlap is read: an exclusion constraint would need
// btree_gist, which the embedded PostgreSQL does not ship.
import type { DbTx } from "@/lib/db";
import { DomainError } from "@/lib/domain/errors";
import { formatDateTime } from "@/lib/format";
import { BUSY_STATUSES } from "./status-machine";

export async function lockWorker(tx: DbTx, travailleurId: string) {
  await tx.$queryRaw`SELECT count(*)::int AS n FROM (SELECT pg_advisory_xact_lock(hashtext(${travailleurId}::text))) AS l`;
}

type Span = { travailleurId: string; debut: Date; fin: Date; excludeId?: string };

export async function findOverlap(tx: DbTx, span: Span) {
  return tx.rendezVous.findFirst({
    where: {
      travailleurId: span.travailleurId, status: { in: [...BUSY_STATUSES] },
      debut: { lt: span.fin }, fin: { gt: span.debut },
      ...(span.excludeId ? { id: { not: span.excludeId } } : {}),
    },
    select: { id: true, debut: true, fin: true },
    orderBy: { debut: "asc" },
  });
}

export const TS_BUSY = (debut: Date) =>
  `Le travailleur social a déjà un rendez-vous à ce moment-là (le ${formatDateTime(debut)}) : choisissez un autre horaire.`;
export const SLOT_TAKEN = "Ce créneau vient d'être réservé : choisissez-en un autre.";

/** Locks the worker, then refuses an overlap with a French message on `field`. */
export async function assertWorkerFree(tx: DbTx, span: Span, field: string, message: (debut: Date) => string = TS_BUSY) {
  await lockWorker(tx, span.travailleurId);
  const clash = await findOverlap(tx, span);
  if (clash) {
    const text = message(clash.debut);
    throw new DomainError(text, { [field]: text });
  }
}
