// The structure's entretiens across dossiers, newest first: the list behind the dashboard's
// entretien figures (lib/domain/dashboard/caseload.ts, entretienCounts), with the same filters.
// No free text leaves here: neither the confidential note nor the summary is selected.
import { Prisma, type DomaineSocial, type EntretienCanal } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { listStructureSites } from "@/lib/domain/shared/structure-sites";
import type { Actor } from "@/lib/auth/actor";
import { canListEntretiens } from "@/lib/auth/permissions";
import { entretienScope, entretienScopeSql } from "@/lib/auth/scopes/entretien";
import { workerScope } from "@/lib/auth/scopes/user";
import { addDays, parisMidnight } from "@/lib/domain/shared/day-range";
import { namesOf } from "@/lib/domain/shared/user-names";
import { monthCondition, rawDateCondition, segmentsOf } from "@/lib/domain/dashboard/segments";
import type { EntretienListParams } from "./list-params";

export type EntretienListRow = {
  id: string;
  date: Date;
  dureeMinutes: number;
  canal: EntretienCanal;
  objets: DomaineSocial[];
  usager: { id: string; nom: string; prenom: string; numeroDossier: string };
  /** "Prénom Nom" of the author; null if the account is no longer in the structure. */
  auteur: string | null;
};
const FIRST_DAY = "2000-01-01";
const LAST_DAY = "2100-12-31";

export type EntretienListPage = { rows: EntretienListRow[]; total: number; page: number; pageSize: number };

export async function listEntretiens(actor: Actor, params: EntretienListParams): Promise<EntretienListPage> {
  const empty = { rows: [], total: 0, page: params.page, pageSize: params.taille };
  if (!canListEntretiens(actor)) return empty;
  const range = periodOf(params);
  const where: Prisma.EntretienWhereInput = {
    AND: [
      entretienScope(actor),
      {
        date: { gte: range.from, lt: range.to },
        ...(params.canal ? { canal: params.canal } : {}),
        ...(params.auteur ? { authorId: params.auteur } : {}),
        ...(params.site ? { usager: { siteId: params.site } } : {}),
      },
    ],
  };
  // The page walks the (structureId, date) index backwards and stops after `taille` rows; the
  // count is a separate query that can use the monthly summary instead of the rows.
  const [rows, total] = await Promise.all([
    db.entretien.findMany({
      where,
      select: {
        id: true, date: true, dureeMinutes: true, canal: true, objets: true, authorId: true,
        usager: { select: { id: true, nom: true, prenom: true, numeroDossier: true } },
      },
      orderBy: [{ date: "desc" }, { id: "desc" }],
      skip: (params.page - 1) * params.taille,
      take: params.taille,
    }),
    countEntretiens(actor, params, range),
  ]);
  const names = await namesOf(actor, rows.map((r) => r.authorId));
  return {
    rows: rows.map(({ authorId, ...r }) => {
      const author = names.get(authorId);
      return { ...r, auteur: author ? `${author.firstName} ${author.lastName}` : null };
    }),
    total,
    page: params.page,
    pageSize: params.taille,
  };
}

/**
 * The period as instants. An open side is the bound of the days a list accepts (2000 to 2100):
 * the rows and the count then read the same period, and the count can take whole years from
 * the summary table.
 */
function periodOf(params: EntretienListParams): { from: Date; to: Date } {
  return { from: parisMidnight(params.du || FIRST_DAY), to: parisMidnight(addDays(params.au || LAST_DAY, 1)) };
}

/**
 * How many entretiens match, computed as the dashboard does (the same segments: whole years and
 * months from the trigger-maintained DashboardEntretienMois, the days at the edges from
 * Entretien). A dossier's site is not in the summary: with a site, every entretien is read.
 */
async function countEntretiens(actor: Actor, params: EntretienListParams, range: { from: Date; to: Date }): Promise<number> {
  // The monthly summary carries the entretiens' structure: the same scope reads both tables.
  const conditions = (alias: "e" | "s") => {
    const parts = [entretienScopeSql(actor, alias)];
    if (params.canal) parts.push(Prisma.sql`${Prisma.raw(alias)}.canal = ${params.canal}::"EntretienCanal"`);
    if (params.auteur) parts.push(Prisma.sql`${Prisma.raw(alias)}."authorId" = ${params.auteur}::uuid`);
    return Prisma.join(parts, " AND ");
  };
  if (params.site) {
    const [row] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Entretien" e JOIN "Usager" u ON u.id = e."usagerId"
      WHERE ${conditions("e")} AND u."siteId" = ${params.site}::uuid AND e.date >= ${range.from} AND e.date < ${range.to}`;
    return row?.n ?? 0;
  }
  const segments = segmentsOf({ ...range, siteId: null });
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT (SELECT COALESCE(sum(s.n), 0) FROM "DashboardEntretienMois" s WHERE ${conditions("s")} AND ${monthCondition(segments)})::int
      + (SELECT count(*) FROM "Entretien" e WHERE ${conditions("e")} AND ${rawDateCondition(segments)})::int AS n`;
  return row?.n ?? 0;
}
/** Authors the list can be filtered by: the structure's workers, disabled accounts included (their entretiens stay). */
export function listEntretienAuteurOptions(actor: Actor) {
  if (!canListEntretiens(actor)) return Promise.resolve([]);
  return db.user.findMany({
    where: workerScope(actor),
    select: { id: true, firstName: true, lastName: true, status: true },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
  });
}

/** Sites the list can be filtered by: those of the actor's structure. */
export function listEntretienSiteOptions(actor: Actor) {
  if (!canListEntretiens(actor)) return Promise.resolve([]);
  return listStructureSites(actor);
}
