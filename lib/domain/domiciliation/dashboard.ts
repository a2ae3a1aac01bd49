// Dashboard figures of the domiciliations: in force now, requests of the period, decisions
// (granted / refused) and ends of the period, and decisions overdue (more than 2 months). A
// travailleur social sees the dossiers they are référent of; a RESPONSABLE the structure.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { dashboardScope } from "@/lib/auth/scopes/dashboard";
import { dayBounds, usagerConditions } from "@/lib/domain/dashboard/scope";
import type { DashboardFilter } from "@/lib/domain/dashboard/filter";
import type { Cell, DashboardTable, ListLinks } from "@/lib/domain/dashboard/tables";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { listHref } from "@/lib/domain/shared/list-href";

export type DomiciliationFigures = { enVigueur: number; demandes: number; accordees: number; refusees: number; terminees: number; decisionsEnRetard: number };

export async function domiciliationDashboardFigures(actor: Actor, filter: DashboardFilter, now = new Date()): Promise<DomiciliationFigures | null> {
  const scope = dashboardScope(actor);
  if (!scope) return null;
  const { fromDay, toDay } = dayBounds(filter);
  const today = parisToday(now);
  const inPeriod = (col: string) => Prisma.sql`d.${Prisma.raw(`"${col}"`)} >= ${fromDay}::date AND d.${Prisma.raw(`"${col}"`)} < ${toDay}::date`;
  const [row] = await db.$queryRaw<DomiciliationFigures[]>`
    SELECT
      count(*) FILTER (WHERE d.status = 'ACCORDEE' AND d."finValidite" >= ${today}::date)::int AS "enVigueur",
      count(*) FILTER (WHERE ${inPeriod("demandeLe")})::int AS demandes,
      count(*) FILTER (WHERE d.status IN ('ACCORDEE', 'TERMINEE') AND ${inPeriod("decisionLe")})::int AS accordees,
      count(*) FILTER (WHERE d.status = 'REFUSEE' AND ${inPeriod("decisionLe")})::int AS refusees,
      count(*) FILTER (WHERE d.status = 'TERMINEE' AND ${inPeriod("finLe")})::int AS terminees,
      count(*) FILTER (WHERE d.status = 'DEMANDEE' AND d."demandeLe" + interval '2 months' < ${today}::date)::int AS "decisionsEnRetard"
    FROM "Domiciliation" d JOIN "Usager" u ON u.id = d."usagerId"
    WHERE ${usagerConditions(scope, filter)}`;
  return row ?? { enVigueur: 0, demandes: 0, accordees: 0, refusees: 0, terminees: 0, decisionsEnRetard: 0 };
}

const domiciliationsHref = (q: Record<string, string | null>) => listHref("/domiciliations", q);

/**
 * The Domiciliation table of the dashboard, each number with the list of the domiciliations it
 * counts: the dossier's site and, for a travailleur social, their dossiers (référent); the period
 * on the date the figure uses (request, decision, end); today's state without a period.
 */
export function domiciliationDashboardTable(f: DomiciliationFigures, links: ListLinks | null): DashboardTable {
  const to = (q: Record<string, string>, withPeriod: boolean) =>
    links ? domiciliationsHref({ ...q, ...(withPeriod ? { du: links.du, au: links.au } : {}), site: links.site, referent: links.workerId }) : undefined;
  const row = (label: string, v: number, href: string | undefined): Cell[] => [{ v: label }, href && v > 0 ? { v, href } : { v }];
  return {
    key: "domiciliation", title: "Domiciliations",
    columns: [{ header: "Indicateur", kind: "texte" }, { header: "Nombre", kind: "int" }],
    rows: [
      row("En vigueur aujourd'hui", f.enVigueur, to({ statut: "en_vigueur" }, false)),
      row("Demandes de la période", f.demandes, to({ date: "demande" }, true)),
      row("Accordées sur la période", f.accordees, to({ statut: "accordee_ou_terminee", date: "decision" }, true)),
      row("Refusées sur la période", f.refusees, to({ statut: "REFUSEE", date: "decision" }, true)),
      row("Terminées sur la période", f.terminees, to({ statut: "TERMINEE", date: "fin" }, true)),
      row("Décisions en retard (plus de 2 mois)", f.decisionsEnRetard, to({ statut: "en_retard" }, false)),
    ],
  };
}
