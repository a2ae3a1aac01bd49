// Likely duplicates before creating a dossier: same birth date and a similar name (accents and
// case ignored, small typos tolerated), inside the actor's structure only.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canCreateUsager } from "@/lib/auth/permissions";
import { usagerScopeSql } from "@/lib/auth/scopes/usager";
import { normalizeText } from "@/lib/domain/shared/normalize";
export { birthKey } from "./labels";

export type LikelyDuplicate = {
  id: string; numeroDossier: string; nom: string; prenom: string; nomNaissance: string | null;
  dateNaissance: Date | null; dateNaissancePrecision: "EXACTE" | "ANNEE" | "INCONNUE"; quartier: string | null;
};

/** A person as the rule reads them: SQL values (one query's parameters, or the columns of a list). */
type PersonSql = { word: Prisma.Sql; name: Prisma.Sql; exact: Prisma.Sql; year: Prisma.Sql };

/**
 * THE duplicate rule (creation form and import), on the dossier alias "u". A dossier whose birth
 * date is compatible (same day; same year when either side knows only the year) needs a similar
 * name; a dossier without a birth date, or a person without one, needs a closer name, since
 * nothing else narrows it. `exact` is a date or NULL, `year` an int or NULL (NULL: unknown).
 * With constants (one person) PostgreSQL folds the CASEs away and uses the date index as before.
 */
function likelyDuplicateSql(p: PersonSql): Prisma.Sql {
  const similar = Prisma.sql`(word_similarity(${p.word}, u."searchName") >= 0.5 AND similarity(${p.name}, u."searchName") >= 0.3)`;
  const close = Prisma.sql`similarity(${p.name}, u."searchName") >= 0.6`;
  const sameYear = Prisma.sql`extract(year FROM u."dateNaissance") = ${p.year}`;
  const dateFits = Prisma.sql`CASE WHEN ${p.exact} IS NOT NULL THEN (u."dateNaissance" = ${p.exact} OR (u."dateNaissancePrecision" = 'ANNEE' AND ${sameYear})) ELSE ${sameYear} END`;
  return Prisma.sql`(CASE WHEN ${p.year} IS NULL THEN ${close} ELSE ((${dateFits} AND ${similar}) OR (u."dateNaissance" IS NULL AND ${close})) END)`;
}

/** The person's normalised name and birth key (yyyy-mm-dd, yyyy or ""), or null when the rule cannot apply. */
function personOf(input: { nom: string; prenom: string; dateNaissance: string }) {
  const nom = normalizeText(input.nom);
  const prenom = normalizeText(input.prenom);
  if (!nom && !prenom) return null;
  const exact = /^\d{4}-\d{2}-\d{2}$/.test(input.dateNaissance) ? new Date(`${input.dateNaissance}T00:00:00Z`) : null;
  // An impossible day (30 February) is no date at all, not the day JavaScript rolls it over to.
  if (exact && (Number.isNaN(exact.getTime()) || exact.toISOString().slice(0, 10) !== input.dateNaissance)) return null;
  const year = exact ? exact.getUTCFullYear() : /^\d{4}$/.test(input.dateNaissance) ? Number(input.dateNaissance) : null;
  if (!exact && year === null && input.dateNaissance !== "") return null;
  return { word: nom || prenom, name: `${nom} ${prenom}`.trim(), exact: exact ? input.dateNaissance : null, year };
}

/** `dateNaissance` is what the form knows: yyyy-mm-dd (exact), yyyy (year only) or "" (unknown). */
export async function findLikelyDuplicates(
  actor: Actor,
  input: { nom: string; prenom: string; dateNaissance: string },
): Promise<LikelyDuplicate[]> {
  if (!canCreateUsager(actor)) return [];
  const p = personOf(input);
  if (!p) return [];
  const match = likelyDuplicateSql({ word: Prisma.sql`${p.word}`, name: Prisma.sql`${p.name}`, exact: Prisma.sql`${p.exact}::date`, year: Prisma.sql`${p.year}::int` });
  return db.$queryRaw<LikelyDuplicate[]>(Prisma.sql`
    SELECT u.id, u."numeroDossier", u.nom, u.prenom, u."nomNaissance", u."dateNaissance", u."dateNaissancePrecision", u.quartier
    FROM "Usager" u
    WHERE ${usagerScopeSql(actor, "u")} AND ${match}
    ORDER BY similarity(${p.name}, u."searchName") DESC
    LIMIT 10`);
}

/**
 * For the transaction only: `%` (an index hint for the rule's "closer name") uses a threshold just
 * under the rule's 0.6; and no JIT: the planner's estimate of the unused branches makes it compile
 * for seconds a query that runs in a fraction of one.
 */
const SET_MANY = Prisma.sql`SELECT set_config('pg_trgm.similarity_threshold', '0.59', true), set_config('jit', 'off', true)`;

/**
 * The same rule for many people at once (an import's preview): one query per 2,000 people, each
 * compared to the dossiers the rule may retain, found through an index (same birth day, the
 * year-only dossiers of that year — stored on 1 January —, a year for a person known by the year,
 * a close name for the dossiers or people without a birth date), the most similar one kept.
 * `scopeSql` is the reader's scope on the alias "u" (the import's, which also reaches an ADMIN
 * setting a structure up).
 */
export async function findLikelyDuplicatesMany(
  scopeSql: Prisma.Sql,
  people: { key: number; nom: string; prenom: string; dateNaissance: string }[],
): Promise<Map<number, { id: string; numeroDossier: string }>> {
  const found = new Map<number, { id: string; numeroDossier: string }>();
  const usable = people.flatMap((p) => {
    const person = personOf(p);
    return person ? [{ key: p.key, ...person }] : [];
  });
  const rule = likelyDuplicateSql({ word: Prisma.sql`p.word`, name: Prisma.sql`p.name`, exact: Prisma.sql`p.exact`, year: Prisma.sql`p.year` });
  const candidates = (narrow: Prisma.Sql) => Prisma.sql`SELECT u.id, u."numeroDossier", u."searchName" FROM "Usager" u WHERE ${scopeSql} AND ${narrow} AND ${rule}`;
  for (let i = 0; i < usable.length; i += 2_000) {
    const chunk = usable.slice(i, i + 2_000);
    const [, rows] = await db.$transaction([
      db.$queryRaw(SET_MANY),
      db.$queryRaw<{ key: number; id: string; numeroDossier: string }[]>(Prisma.sql`
        SELECT p.key, m.id, m."numeroDossier"
        FROM unnest(${chunk.map((p) => p.key)}::int[], ${chunk.map((p) => p.word)}::text[], ${chunk.map((p) => p.name)}::text[],
                    ${chunk.map((p) => p.exact)}::date[], ${chunk.map((p) => p.year)}::int[]) AS p(key, word, name, exact, year)
        CROSS JOIN LATERAL (
          SELECT c.id, c."numeroDossier" FROM (
            ${candidates(Prisma.sql`u."dateNaissance" = p.exact`)}
            UNION ALL ${candidates(Prisma.sql`p.exact IS NOT NULL AND u."dateNaissance" = make_date(p.year, 1, 1) AND u."dateNaissancePrecision" = 'ANNEE'`)}
            UNION ALL ${candidates(Prisma.sql`p.exact IS NULL AND u."dateNaissance" >= make_date(p.year, 1, 1) AND u."dateNaissance" < make_date(p.year + 1, 1, 1)`)}
            UNION ALL ${candidates(Prisma.sql`u."dateNaissance" IS NULL AND u."searchName" % p.name`)}
            UNION ALL ${candidates(Prisma.sql`p.year IS NULL AND u."searchName" % p.name`)}
          ) c
          ORDER BY similarity(p.name, c."searchName") DESC LIMIT 1
        ) m`),
    ]);
    for (const r of rows) found.set(Number(r.key), { id: r.id, numeroDossier: r.numeroDossier });
  }
  return found;
}
