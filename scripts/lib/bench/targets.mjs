// What the benchmark opens, chosen from the seeded data the same way on every run: the
// measured structure and account, the dossier with the longest history, the busiest quartier,
// and search terms that are real names of the structure typed with a slip.
import { BENCH_RESPONSABLE_EMAIL, BENCH_TS_EMAIL } from "../large/structures.mjs";

/** A slip on a 7-letter prefix: one letter dropped, two swapped, one doubled. */
export function typoCandidates(word) {
  const prefix = word.slice(0, 8);
  return [
    prefix.slice(0, 4) + prefix.slice(5, 8),
    prefix.slice(0, 3) + prefix[4] + prefix[3] + prefix.slice(5, 7),
    prefix.slice(0, 4) + prefix[3] + prefix.slice(4, 6),
  ].filter((t, i, all) => t.length >= 5 && all.indexOf(t) === i && !word.startsWith(t));
}

export async function chooseTargets(client) {
  const structure = await client.query(`SELECT id FROM "Structure" WHERE name = 'CCAS Bench'`);
  if (!structure.rowCount) throw new Error("la base de banc d'essai est vide : lancez d'abord « npm run seed:large -- --usagers 100000 »");
  const structureId = structure.rows[0].id;
  const users = await client.query(`SELECT email, id FROM "User" WHERE email = ANY($1)`, [[BENCH_TS_EMAIL, BENCH_RESPONSABLE_EMAIL]]);
  const userId = Object.fromEntries(users.rows.map((u) => [u.email, u.id]));
  const heavy = await client.query(
    `SELECT e."usagerId" AS id, count(*)::int AS n, u."numeroDossier" FROM "Entretien" e JOIN "Usager" u ON u.id = e."usagerId"
     WHERE e."structureId" = $1 AND u.status = 'ACTIF' GROUP BY 1, 3 ORDER BY 2 DESC, 1 LIMIT 1`,
    [structureId],
  );
  const dossier = heavy.rows[0];
  const quartier = await client.query(
    `SELECT quartier FROM "Usager" WHERE "structureId" = $1 AND status = 'ACTIF' AND quartier IS NOT NULL
     GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    [structureId],
  );
  // Long single-word surnames of active dossiers, the rarest first (then in numéro order: the same
  // names on every run of one seed). A common name typed with a slip finds hundreds of homonyms,
  // and the person it was made from may not be on the first page: the page check would fail.
  const names = await client.query(
    `WITH w AS (
       SELECT id, nom, prenom, "numeroDossier", split_part("searchName", ' ', 1) AS word FROM "Usager"
       WHERE "structureId" = $1 AND status = 'ACTIF' AND split_part("searchName", ' ', 1) ~ '^[a-z]{8,}$'
     )
     SELECT id, nom, prenom, "numeroDossier", word FROM (SELECT w.*, count(*) OVER (PARTITION BY word) AS homonymes FROM w) x
     ORDER BY homonymes, "numeroDossier" LIMIT 15`,
    [structureId],
  );
  const searchCandidates = names.rows.flatMap((r) =>
    typoCandidates(r.word).map((term) => ({ term, usagerId: r.id, source: `${r.nom} ${r.prenom}`, numero: r.numeroDossier })));
  return {
    structureId,
    tsId: userId[BENCH_TS_EMAIL],
    responsableId: userId[BENCH_RESPONSABLE_EMAIL],
    dossier: { id: dossier.id, entretiens: dossier.n, numero: dossier.numeroDossier },
    quartier: quartier.rows[0]?.quartier ?? "",
    searchCandidates,
  };
}
