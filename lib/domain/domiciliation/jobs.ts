// The daily job of the domiciliations: proposals only, a worker confirms. It marks (1) granted
// domiciliations whose last contact is more than 3 consecutive months old (end proposed) and
// (2) mail waiting longer than the structure's return-to-sender delay. Idempotent: the
// conditional updates touch rows not yet marked, so two instances running it at once do the
// same work once.
import { db } from "@/lib/db";
import { isoToDate } from "@/lib/domain/shared/fields";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { DEFAULT_COURRIER_RETOUR_JOURS } from "./access";
import { addDays, isWithoutContactTooLong, lastContactOf } from "./deadlines";

export async function proposeDomiciliationEnds(now: Date) {
  const today = isoToDate(parisToday(now))!;
  const candidates = await db.domiciliation.findMany({
    where: { status: "ACCORDEE", finProposeeLe: null, debut: { lte: today } },
    select: { id: true, debut: true, renouveleeLe: true, dernierContactLe: true, usager: { select: { lastContactAt: true } } },
  });
  const due = candidates.filter((d) => isWithoutContactTooLong(lastContactOf(d, d.usager.lastContactAt), today)).map((d) => d.id);
  if (due.length === 0) return 0;
  const { count } = await db.domiciliation.updateMany({ where: { id: { in: due }, status: "ACCORDEE", finProposeeLe: null }, data: { finProposeeLe: now } });
  return count;
}

export async function flagCourrierToReturn(now: Date) {
  const today = isoToDate(parisToday(now))!;
  const settings = await db.structureSettings.findMany({ select: { structureId: true, courrierRetourJours: true } });
  const custom = new Map(settings.map((s) => [s.structureId, s.courrierRetourJours]));
  let flagged = 0;
  // Structures with their own delay first, then every other one with the default.
  for (const [structureId, jours] of custom) {
    const { count } = await db.courrierDomiciliation.updateMany({
      where: { structureId, status: "EN_ATTENTE", retourProposeLe: null, recuLe: { lte: addDays(today, -jours) } },
      data: { retourProposeLe: now },
    });
    flagged += count;
  }
  const { count } = await db.courrierDomiciliation.updateMany({
    where: { structureId: { notIn: [...custom.keys()] }, status: "EN_ATTENTE", retourProposeLe: null, recuLe: { lte: addDays(today, -DEFAULT_COURRIER_RETOUR_JOURS) } },
    data: { retourProposeLe: now },
  });
  return flagged + count;
}

export async function runDomiciliationJob(now: Date) {
  const finsProposees = await proposeDomiciliationEnds(now);
  const courriersARetourner = await flagCourrierToReturn(now);
  return { finsProposees, courriersARetourner };
}
