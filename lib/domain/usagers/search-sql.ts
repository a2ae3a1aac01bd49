// SQL for finding usagers by name or numéro de dossier: insensitive to accents and case (the
// normalised searchName column), prefix while typing, small typos through pg_trgm word similarity
// (GIN trigram index, see the usagers migration). Every token of the term must match.
import { Prisma } from "@/lib/generated/prisma/client";
import { searchTokens } from "@/lib/domain/shared/normalize";

/** Below this, a fuzzy match is too loose to be useful ("Dupond" → "Dupont" scores ~0.7). */
export const WORD_SIMILARITY_THRESHOLD = 0.5;

const NUMERO = /^\d{4}-?\d{0,6}$/;

/** null when the term has nothing to search. */
export function searchCondition(term: string): { where: Prisma.Sql; score: Prisma.Sql } | null {
  const raw = term.trim();
  if (NUMERO.test(raw)) {
    const prefix = raw.length > 4 && !raw.includes("-") ? `${raw.slice(0, 4)}-${raw.slice(4)}` : raw;
    return { where: Prisma.sql`u."numeroDossier" LIKE ${prefix + "%"}`, score: Prisma.sql`1` };
  }
  const tokens = searchTokens(raw);
  if (tokens.length === 0) return null;
  // From 3 letters, `<%` alone covers prefixes too: a word starting with an n-letter token scores
  // n/(n+1) ≥ 0.75, above the threshold. Adding the LIKE forms would only add index scans.
  // Shorter tokens have too few trigrams for similarity: prefix match only.
  const conditions = tokens.map((t) =>
    t.length >= 3
      ? Prisma.sql`${t} <% u."searchName"`
      : Prisma.sql`(u."searchName" LIKE ${t + "%"} OR u."searchName" LIKE ${"% " + t + "%"})`,
  );
  const scores = tokens.map((t) => Prisma.sql`word_similarity(${t}, u."searchName")`);
  return { where: Prisma.join(conditions, " AND "), score: Prisma.join(scores, " + ") };
}

/** `<%` uses pg_trgm.word_similarity_threshold: set it for the current transaction only. */
export const SET_SIMILARITY = Prisma.raw(`SET LOCAL pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY_THRESHOLD}`);
