// New and active dossiers of the period by quartier, age band and household type. New: created
// in the period. Active: at least one entretien in the period. Age at the last day of the period.
// Household type from the foyer's members (conjoint, enfants), kept on the dossier. One scan,
// GROUPING SETS.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { DashboardFilter } from "./filter";
import type { DashboardScope } from "@/lib/auth/scopes/dashboard";
import { dayBounds, usagerConditions } from "./scope";
import { activeUsagerIdsSql } from "./segments";
import { addDays } from "@/lib/domain/shared/day-range";
import { AGE_BANDS, MENAGE_TYPES, QUARTIER_NON_RENSEIGNE, ageBandSql } from "@/lib/domain/usagers/profile-sql";

export type UsagerBreakdownRow = { cle: string; libelle: string; nouveaux: number; actifs: number };
export type UsagerFigures = {
  nouveaux: number;
  actifs: number;
  parQuartier: UsagerBreakdownRow[];
  parAge: UsagerBreakdownRow[];
  parMenage: UsagerBreakdownRow[];
};

type Raw = { dim: "quartier" | "age" | "menage" | "total"; cle: string | null; nouveaux: number; actifs: number };

export async function usagerFigures(scope: DashboardScope, filter: DashboardFilter): Promise<UsagerFigures> {
  const { toDay } = dayBounds(filter);
  const lastDay = addDays(toDay, -1);
  const nouveau = Prisma.sql`(u."createdAt" >= ${filter.from} AND u."createdAt" < ${filter.to})`;
  // One pass over the dossiers: the active ones are probed in a hashed set (once per dossier: the
  // groups without any new or active dossier go in HAVING, not in a WHERE that would probe it
  // again), the age band is a comparison on the birth date, the household type a column.
  const raw = await db.$queryRaw<Raw[]>`
    WITH act AS (${activeUsagerIdsSql(scope, filter)}
    ), t AS (
      SELECT COALESCE(u.quartier, ${QUARTIER_NON_RENSEIGNE}) AS quartier, ${ageBandSql(lastDay)} AS tranche, u.menage::text AS menage,
        ${nouveau} AS nouveau, u.id IN (SELECT "usagerId" FROM act) AS actif
      FROM "Usager" u
      WHERE ${usagerConditions(scope, filter)}
    )
    SELECT CASE WHEN GROUPING(quartier) = 0 THEN 'quartier' WHEN GROUPING(tranche) = 0 THEN 'age' WHEN GROUPING(menage) = 0 THEN 'menage' ELSE 'total' END AS dim,
      COALESCE(CASE WHEN GROUPING(quartier) = 0 THEN quartier END, CASE WHEN GROUPING(tranche) = 0 THEN tranche END, CASE WHEN GROUPING(menage) = 0 THEN menage END) AS cle,
      count(*) FILTER (WHERE nouveau)::int AS nouveaux, count(*) FILTER (WHERE actif)::int AS actifs
    FROM t GROUP BY GROUPING SETS ((quartier), (tranche), (menage), ())
    HAVING count(*) FILTER (WHERE nouveau OR actif) > 0`;
  const total = raw.find((r) => r.dim === "total");
  const of = (dim: Raw["dim"], labels: Record<string, string> | null) => {
    const rows = raw.filter((r) => r.dim === dim).map((r) => ({ cle: r.cle!, libelle: labels ? (labels[r.cle!] ?? r.cle!) : r.cle!, nouveaux: r.nouveaux, actifs: r.actifs }));
    if (labels) {
      const order = Object.keys(labels);
      return rows.sort((a, b) => order.indexOf(a.cle) - order.indexOf(b.cle));
    }
    return rows.sort((a, b) => a.libelle.localeCompare(b.libelle, "fr"));
  };
  return {
    nouveaux: total?.nouveaux ?? 0, actifs: total?.actifs ?? 0,
    parQuartier: of("quartier", null), parAge: of("age", AGE_BANDS), parMenage: of("menage", MENAGE_TYPES),
  };
}
