// New and active dossiers of the period by quartier, age band and household type. New: created
// in the period. Active: at least one entretien in the period. Age at the last day of the period.
// Household type from the foyer's members (conjoint, enfants). One scan, GROUPING SETS.
import { db } from "@/lib/db";
import type { DashboardFilter } from "./filter";
import { dayBounds, usagerConditions, type DashboardScope } from "./scope";
import { monthOnlyCondition, rawDateCondition, segmentsOf, yearCondition } from "./segments";

export const AGE_BANDS = { moins25: "Moins de 25 ans", "25-39": "25 à 39 ans", "40-59": "40 à 59 ans", "60-74": "60 à 74 ans", "75plus": "75 ans et plus" } as const;
export const MENAGE_TYPES = {
  seul: "Personne seule", couple: "Couple sans enfant", coupleEnfants: "Couple avec enfant(s)",
  monoparental: "Famille monoparentale", autre: "Autre (famille élargie, hébergé·e…)",
} as const;

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
  // Whole months from the summary table, the edge days from Entretien (see segments.ts).
  const segments = segmentsOf(filter);
  const raw = await db.$queryRaw<Raw[]>`
    WITH act AS (
      SELECT y."usagerId" FROM "DashboardActiviteAn" y WHERE y."structureId" = ${scope.structureId}::uuid AND ${yearCondition(segments)}
      UNION
      SELECT s."usagerId" FROM "DashboardActiviteMois" s WHERE s."structureId" = ${scope.structureId}::uuid AND ${monthOnlyCondition(segments)}
      UNION
      SELECT e."usagerId" FROM "Entretien" e WHERE e."structureId" = ${scope.structureId}::uuid AND ${rawDateCondition(segments)}
    ), pop AS (
      SELECT u.id, COALESCE(u.quartier, 'Non renseigné') AS quartier,
        (u."createdAt" >= ${filter.from} AND u."createdAt" < ${filter.to}) AS nouveau, (act."usagerId" IS NOT NULL) AS actif,
        date_part('year', age(${toDay}::date - 1, u."dateNaissance"))::int AS age
      FROM "Usager" u LEFT JOIN act ON act."usagerId" = u.id
      WHERE ${usagerConditions(scope, filter)}
        AND (act."usagerId" IS NOT NULL OR (u."createdAt" >= ${filter.from} AND u."createdAt" < ${filter.to}))
    ), foyer AS (
      SELECT m."usagerId", bool_or(m.lien = 'CONJOINT') AS conjoint, bool_or(m.lien = 'ENFANT') AS enfant
      FROM "FoyerMembre" m WHERE m."usagerId" IN (SELECT id FROM pop) GROUP BY 1
    ), t AS (
      SELECT pop.*,
        CASE WHEN age < 25 THEN 'moins25' WHEN age < 40 THEN '25-39' WHEN age < 60 THEN '40-59' WHEN age < 75 THEN '60-74' ELSE '75plus' END AS tranche,
        CASE WHEN foyer."usagerId" IS NULL THEN 'seul'
             WHEN foyer.conjoint AND foyer.enfant THEN 'coupleEnfants' WHEN foyer.conjoint THEN 'couple'
             WHEN foyer.enfant THEN 'monoparental' ELSE 'autre' END AS menage
      FROM pop LEFT JOIN foyer ON foyer."usagerId" = pop.id
    )
    SELECT CASE WHEN GROUPING(quartier) = 0 THEN 'quartier' WHEN GROUPING(tranche) = 0 THEN 'age' WHEN GROUPING(menage) = 0 THEN 'menage' ELSE 'total' END AS dim,
      COALESCE(CASE WHEN GROUPING(quartier) = 0 THEN quartier END, CASE WHEN GROUPING(tranche) = 0 THEN tranche END, CASE WHEN GROUPING(menage) = 0 THEN menage END) AS cle,
      count(*) FILTER (WHERE nouveau)::int AS nouveaux, count(*) FILTER (WHERE actif)::int AS actifs
    FROM t GROUP BY GROUPING SETS ((quartier), (tranche), (menage), ())`;
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
