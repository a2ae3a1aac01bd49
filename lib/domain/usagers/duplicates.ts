// Likely duplicates before creating a dossier: same birth date and a similar name (accents and
// case ignored, small typos tolerated), inside the actor's structure only.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canCreateUsager } from "@/lib/auth/permissions";
import { usagerScopeSql } from "@/lib/auth/scopes/usager";
import { normalizeText } from "@/lib/domain/shared/normalize";

export type LikelyDuplicate = { id: string; numeroDossier: string; nom: string; prenom: string; nomNaissance: string | null; dateNaissance: Date; quartier: string | null };

export async function findLikelyDuplicates(
  actor: Actor,
  input: { nom: string; prenom: string; dateNaissance: string },
): Promise<LikelyDuplicate[]> {
  if (!canCreateUsager(actor) || !/^\d{4}-\d{2}-\d{2}$/.test(input.dateNaissance)) return [];
  const nom = normalizeText(input.nom);
  const prenom = normalizeText(input.prenom);
  if (!nom && !prenom) return [];
  const birth = new Date(`${input.dateNaissance}T00:00:00Z`);
  if (Number.isNaN(birth.getTime())) return [];
  // Few people share a birth date in one structure: the date narrows first (index), then the
  // name is compared to the stored key, which holds nom, nom de naissance and prénom.
  const name = `${nom} ${prenom}`.trim();
  return db.$queryRaw<LikelyDuplicate[]>(Prisma.sql`
    SELECT u.id, u."numeroDossier", u.nom, u.prenom, u."nomNaissance", u."dateNaissance", u.quartier
    FROM "Usager" u
    WHERE ${usagerScopeSql(actor, "u")} AND u."dateNaissance" = ${birth}::date
      AND (word_similarity(${nom || prenom}, u."searchName") >= 0.5 AND similarity(${name}, u."searchName") >= 0.3)
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
