// A dossier's age band and household type, as SQL over a dossier aliased `u`. The dashboard's
// breakdowns and the /usagers filters behind their numbers use these same expressions, so a
// count and the list it links to can never disagree on who is "25 à 39 ans" or "couple".
import { Prisma } from "@/lib/generated/prisma/client";

import { type AgeBand } from "./profile-labels";

export { AGE_BANDS, MENAGE_TYPES, QUARTIER_NON_RENSEIGNE, type AgeBand, type MenageType } from "./profile-labels";

/**
 * Age band of `u` on a Paris calendar day (yyyy-mm-dd), in whole years as age() counts them:
 * "at least n" is "born on or before the day minus n years" (a 29 February birth turns n on
 * 1 March in other years). Comparisons on the birth date, not age(), so the band costs nothing
 * and the list's filter can use the (structureId, dateNaissance) index.
 */
export function ageBandSql(day: string): Prisma.Sql {
  const bornAfter = (years: number) => Prisma.sql`u."dateNaissance" > ${day}::date - ${`${years} years`}::interval`;
  return Prisma.sql`(CASE WHEN u."dateNaissance" IS NULL THEN 'inconnu' WHEN ${bornAfter(25)} THEN 'moins25' WHEN ${bornAfter(40)} THEN '25-39'
    WHEN ${bornAfter(60)} THEN '40-59' WHEN ${bornAfter(75)} THEN '60-74' ELSE '75plus' END)`;
}

/** `u` is in this age band on that day (same rule as ageBandSql, as a range on the birth date). */
export function ageBandCondition(band: AgeBand, day: string): Prisma.Sql {
  if (band === "inconnu") return Prisma.sql`u."dateNaissance" IS NULL`;
  const LIMITS: Record<Exclude<AgeBand, "inconnu">, [number | null, number | null]> = {
    moins25: [null, 25], "25-39": [25, 40], "40-59": [40, 60], "60-74": [60, 75], "75plus": [75, null],
  };
  const [min, max] = LIMITS[band];
  const parts: Prisma.Sql[] = [];
  if (max !== null) parts.push(Prisma.sql`u."dateNaissance" > ${day}::date - ${`${max} years`}::interval`);
  if (min !== null) parts.push(Prisma.sql`u."dateNaissance" <= ${day}::date - ${`${min} years`}::interval`);
  return Prisma.join(parts, " AND ");
}
