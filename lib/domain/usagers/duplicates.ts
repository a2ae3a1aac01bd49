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

/**
 * `dateNaissance` is what the form knows: yyyy-mm-dd (exact), yyyy (year only) or "" (unknown).
 * A dossier whose birth date is compatible (same day; same year when either side knows only the
 * year) needs a similar name; a dossier without a birth date, or a search without one, needs a
 * closer name, since nothing else narrows it.
 */
export async function findLikelyDuplicates(
  actor: Actor,
  input: { nom: string; prenom: string; dateNaissance: string },
): Promise<LikelyDuplicate[]> {
  if (!canCreateUsager(actor)) return [];
  const nom = normalizeText(input.nom);
  const prenom = normalizeText(input.prenom);
  if (!nom && !prenom) return [];
  const exact = /^\d{4}-\d{2}-\d{2}$/.test(input.dateNaissance) ? new Date(`${input.dateNaissance}T00:00:00Z`) : null;
  if (exact && Number.isNaN(exact.getTime())) return [];
  const year = exact ? exact.getUTCFullYear() : /^\d{4}$/.test(input.dateNaissance) ? Number(input.dateNaissance) : null;
  if (!exact && year === null && input.dateNaissance !== "") return [];
  const name = `${nom} ${prenom}`.trim();
  const similar = Prisma.sql`(word_similarity(${nom || prenom}, u."searchName") >= 0.5 AND similarity(${name}, u."searchName") >= 0.3)`;
  const close = Prisma.sql`similarity(${name}, u."searchName") >= 0.6`;
  const sameYear = Prisma.sql`extract(year FROM u."dateNaissance") = ${year}`;
  const dateFits = exact
    ? Prisma.sql`(u."dateNaissance" = ${exact}::date OR (u."dateNaissancePrecision" = 'ANNEE' AND ${sameYear}))`
    : year !== null ? sameYear : Prisma.sql`FALSE`;
  // With an exact date the index on (structureId, dateNaissance) narrows first, as before.
  const match = year === null ? close : Prisma.sql`((${dateFits} AND ${similar}) OR (u."dateNaissance" IS NULL AND ${close}))`;
  return db.$queryRaw<LikelyDuplicate[]>(Prisma.sql`
    SELECT u.id, u."numeroDossier", u.nom, u.prenom, u."nomNaissance", u."dateNaissance", u."dateNaissancePrecision", u.quartier
    FROM "Usager" u
    WHERE ${usagerScopeSql(actor, "u")} AND ${match}
    ORDER BY similarity(${name}, u."searchName") DESC
    LIMIT 10`);
}

/**
 * The same rule for many people at once (an import's preview): one query, each person compared
 * to the dossiers born the same day, the most similar one kept. `scopeSql` is the reader's scope
 * on the alias "u" (the import's, which also reaches an ADMIN setting a structure up).
 */
export async function findLikelyDuplicatesMany(
  scopeSql: Prisma.Sql,
  people: { key: number; nom: string; prenom: string; dateNaissance: string }[],
): Promise<Map<number, { id: string; numeroDossier: string }>> {
  const found = new Map<number, { id: string; numeroDossier: string }>();
  const usable = people
    .map((p) => ({ key: p.key, nom: normalizeText(p.nom), prenom: normalizeText(p.prenom), date: p.dateNaissance }))
    .filter((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.date) && (p.nom || p.prenom));
  for (let i = 0; i < usable.length; i += 2_000) {
    const chunk = usable.slice(i, i + 2_000);
    const rows = await db.$queryRaw<{ key: number; id: string; numeroDossier: string }[]>(Prisma.sql`
      SELECT p.key, m.id, m."numeroDossier"
      FROM unnest(${chunk.map((p) => p.key)}::int[], ${chunk.map((p) => p.nom || p.prenom)}::text[],
                  ${chunk.map((p) => `${p.nom} ${p.prenom}`.trim())}::text[], ${chunk.map((p) => p.date)}::date[]) AS p(key, word, name, birth)
      CROSS JOIN LATERAL (
        SELECT u.id, u."numeroDossier" FROM "Usager" u
        WHERE ${scopeSql} AND u."dateNaissance" = p.birth
          AND word_similarity(p.word, u."searchName") >= 0.5 AND similarity(p.name, u."searchName") >= 0.3
        ORDER BY similarity(p.name, u."searchName") DESC LIMIT 1
      ) m`);
    for (const r of rows) found.set(Number(r.key), { id: r.id, numeroDossier: r.numeroDossier });
  }
  return found;
}
