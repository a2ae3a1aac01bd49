// The filtered list of domiciliations, behind the dashboard's figures: the same conditions as
// domiciliationDashboardFigures (the dossier's structure and site, a référent, the calendar date
// of the request, decision or end, "en vigueur" and "en retard" as of today in Paris).
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { canListDomiciliations } from "@/lib/auth/permissions";
import { domiciliationScope } from "@/lib/auth/scopes/domiciliation";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { dateColumnRange } from "@/lib/domain/shared/day-range";
import { isoToDate } from "@/lib/domain/shared/fields";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { addDays, decisionDueOn } from "./deadlines";
import type { DomiciliationListParams } from "./list-params";

const PERIOD_COLUMN = { demande: "demandeLe", decision: "decisionLe", fin: "finLe" } as const;

/**
 * The last request date whose decision is overdue today: the decision is due two months after the
 * request (the 31st falling on the last day of a shorter month, as SQL's `+ interval '2 months'`),
 * a non-decreasing function of the request date, so "overdue" is "requested on or before" this day.
 */
export function lastOverdueRequestDay(today: Date): Date {
  let d = addDays(today, -58);
  while (decisionDueOn(d) >= today) d = addDays(d, -1);
  return d;
}

function statutCondition(statut: DomiciliationListParams["statut"], today: Date): Prisma.DomiciliationWhereInput {
  switch (statut) {
    case "":
      return {};
    case "en_vigueur":
      return { status: "ACCORDEE", finValidite: { gte: today } };
    case "accordee_ou_terminee":
      return { status: { in: ["ACCORDEE", "TERMINEE"] } };
    case "en_retard":
      return { status: "DEMANDEE", demandeLe: { lte: lastOverdueRequestDay(today) } };
    default:
      return { status: statut };
  }
}

export async function listDomiciliationsFiltered(actor: Actor, params: DomiciliationListParams, now = new Date()) {
  const empty = { rows: [] as DomiciliationListRow[], total: 0, page: params.page, pageSize: params.taille };
  if (!canListDomiciliations(actor)) return empty;
  const today = isoToDate(parisToday(now))!;
  const range = dateColumnRange(params.du, params.au);
  const where: Prisma.DomiciliationWhereInput = {
    AND: [
      domiciliationScope(actor),
      { usager: usagerScope(actor) },
      statutCondition(params.statut, today),
      range ? { [PERIOD_COLUMN[params.date]]: range } : {},
      // A site of another structure matches no dossier of this one: an empty list, not an error.
      params.site ? { usager: { siteId: params.site } } : {},
      params.referent ? { usager: { referents: { some: { userId: params.referent } } } } : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db.domiciliation.count({ where }),
    db.domiciliation.findMany({
      where, select: ROW_SELECT,
      orderBy: params.date === "demande"
        ? [{ demandeLe: "desc" }, { id: "asc" }]
        : [{ [PERIOD_COLUMN[params.date]]: { sort: "desc", nulls: "last" } }, { demandeLe: "desc" }, { id: "asc" }],
      skip: (params.page - 1) * params.taille, take: params.taille,
    }),
  ]);
  return { ...empty, total, rows };
}

const ROW_SELECT = {
  id: true, status: true, demandeLe: true, decisionLe: true, debut: true, finValidite: true, finLe: true,
  usager: { select: { id: true, nom: true, prenom: true, numeroDossier: true } },
} as const satisfies Prisma.DomiciliationSelect;
export type DomiciliationListRow = Prisma.DomiciliationGetPayload<{ select: typeof ROW_SELECT }>;
export type DomiciliationListPage = Awaited<ReturnType<typeof listDomiciliationsFiltered>>;
