// The maraude's figures on the dashboard, for those who see the inbox: reports received in the
// period, visited, linked to a dossier, closed, and the delay from the report to the team's
// first visit (median and 9th decile, percentile_cont as the fiches' delays); plus what waits
// today. Reports have no site: the dashboard's site filter does not apply to them.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canUseMaraudeInbox } from "@/lib/auth/permissions";
import { signalementScopeSql } from "@/lib/auth/scopes/signalement";
import type { PeriodFilter } from "@/lib/domain/shared/period";
import type { Cell, DashboardTable, ListLinks } from "@/lib/domain/shared/figure-table";
import { listHref } from "@/lib/domain/shared/list-href";

export type SignalementFigures = {
  recus: number; visites: number; lies: number; clos: number;
  visiteMedian: number | null; visiteP90: number | null;
  nouveaux: number; equipeEnvoyee: number;
};

export async function signalementDashboardFigures(actor: Actor, filter: PeriodFilter): Promise<SignalementFigures | null> {
  if (!canUseMaraudeInbox(actor)) return null;
  const [row] = await db.$queryRaw<(Omit<SignalementFigures, "visiteMedian" | "visiteP90"> & { visiteMedian: unknown; visiteP90: unknown })[]>`
    SELECT
      count(*) FILTER (WHERE s."createdAt" >= ${filter.from} AND s."createdAt" < ${filter.to})::int AS recus,
      count(*) FILTER (WHERE s."createdAt" >= ${filter.from} AND s."createdAt" < ${filter.to} AND s."premiereVisiteAt" IS NOT NULL)::int AS visites,
      count(*) FILTER (WHERE s."createdAt" >= ${filter.from} AND s."createdAt" < ${filter.to} AND s.status = 'LIE')::int AS lies,
      count(*) FILTER (WHERE s."createdAt" >= ${filter.from} AND s."createdAt" < ${filter.to} AND s.status = 'CLOS')::int AS clos,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY GREATEST(0, extract(epoch FROM s."premiereVisiteAt" - s."createdAt") * 1000))
        FILTER (WHERE s."createdAt" >= ${filter.from} AND s."createdAt" < ${filter.to} AND s."premiereVisiteAt" IS NOT NULL) AS "visiteMedian",
      percentile_cont(0.9) WITHIN GROUP (ORDER BY GREATEST(0, extract(epoch FROM s."premiereVisiteAt" - s."createdAt") * 1000))
        FILTER (WHERE s."createdAt" >= ${filter.from} AND s."createdAt" < ${filter.to} AND s."premiereVisiteAt" IS NOT NULL) AS "visiteP90",
      count(*) FILTER (WHERE s.status = 'NOUVEAU')::int AS nouveaux,
      count(*) FILTER (WHERE s.status = 'EQUIPE_ENVOYEE')::int AS "equipeEnvoyee"
    FROM "Signalement" s
    WHERE ${signalementScopeSql(actor, "s")}`;
  const num = (v: unknown) => (v == null ? null : Math.round(Number(v)));
  return { ...row!, visiteMedian: num(row!.visiteMedian), visiteP90: num(row!.visiteP90) };
}

/** The table, each count linked to the inbox filtered the same way (received in the period, or today's state). */
export function signalementDashboardTable(f: SignalementFigures, links: Pick<ListLinks, "du" | "au">): DashboardTable {
  const inbox = (statut: string | null, withPeriod: boolean) => listHref("/maraude", { statut, ...(withPeriod ? { du: links.du, au: links.au } : {}) });
  const row = (label: string, v: number, href: string): Cell[] => [{ v: label }, v > 0 ? { v, href } : { v }];
  return {
    key: "signalements", title: "Signalements de personnes sans abri",
    columns: [{ header: "Indicateur", kind: "texte" }, { header: "Nombre", kind: "int" }],
    rows: [
      row("Reçus sur la période", f.recus, inbox("TOUS", true)),
      row("… dont liés à un dossier (suivi en cours)", f.lies, inbox("LIE", true)),
      row("… dont clos", f.clos, inbox("CLOS", true)),
      row("Nouveaux, aucune équipe envoyée (aujourd'hui)", f.nouveaux, inbox("NOUVEAU", false)),
      row("Équipe envoyée, visite à faire (aujourd'hui)", f.equipeEnvoyee, inbox("EQUIPE_ENVOYEE", false)),
    ],
  };
}
