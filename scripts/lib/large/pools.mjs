// Small lookup tables the bulk statements join to (schema bench_seed, dropped at the end): one
// random number per row picks an origin, a surname, a first name or a street. Joining a small
// table keeps the SQL readable and lets PostgreSQL hash-join 100,000 rows at once.
import { assertJoinable, namePools } from "./names.mjs";

export async function createPools(client, plan) {
  const { origins, noms, prenoms } = namePools();
  assertJoinable(noms, prenoms);
  await client.query("DROP SCHEMA IF EXISTS bench_seed CASCADE");
  await client.query("CREATE SCHEMA bench_seed");
  await client.query(
    `CREATE UNLOGGED TABLE bench_seed.origin AS
     SELECT * FROM unnest($1::int[], $2::float8[], $3::float8[], $4::int[]) AS t(origin, lo, hi, n_noms)`,
    [origins.map((o) => o.origin), origins.map((o) => o.lo), origins.map((o) => o.hi), origins.map((o) => o.nNoms)],
  );
  await client.query(
    `CREATE UNLOGGED TABLE bench_seed.nom AS
     SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[]) AS t(origin, idx, display, norm)`,
    [noms.map((n) => n.origin), noms.map((n) => n.idx), noms.map((n) => n.display), noms.map((n) => n.norm)],
  );
  await client.query(
    `CREATE UNLOGGED TABLE bench_seed.prenom AS
     SELECT * FROM unnest($1::int[], $2::text[], $3::int[], $4::int[], $5::text[], $6::text[]) AS t(origin, sexe, era, idx, display, norm)`,
    ["origin", "sexe", "era", "idx", "display", "norm"].map((k) => prenoms.map((p) => p[k])),
  );
  await client.query(
    `CREATE UNLOGGED TABLE bench_seed.prenom_count AS
     SELECT origin, sexe, era, count(*)::int AS n FROM bench_seed.prenom GROUP BY 1, 2, 3`,
  );
  // Quartiers weighted by how much each one calls on the CCAS, with their streets.
  const quartiers = [];
  for (const s of plan) {
    let k = 0;
    for (const [quartier, q] of Object.entries(s.quartiers)) {
      const mairie = s.mairies.find((m) => m.quartier === quartier);
      for (let w = 0; w < q.weight; w++) {
        for (const rue of q.rues) quartiers.push({ structureId: s.id, k: k++, quartier, siteId: mairie.id, code: q.code ?? s.postalCode, commune: s.city, rue });
      }
    }
    s.nQuartierRows = k;
  }
  await client.query(
    `CREATE UNLOGGED TABLE bench_seed.quartier AS
     SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[])
       AS t(structure_id, k, quartier, site_id, code_postal, commune, rue)`,
    ["structureId", "k", "quartier", "siteId", "code", "commune", "rue"].map((key) => quartiers.map((q) => q[key])),
  );
  // Keys of the lookups: without them the planner may scan a pool once per generated row.
  await client.query("ALTER TABLE bench_seed.nom ADD PRIMARY KEY (origin, idx)");
  await client.query("ALTER TABLE bench_seed.prenom ADD PRIMARY KEY (origin, sexe, era, idx)");
  await client.query("ALTER TABLE bench_seed.quartier ADD PRIMARY KEY (structure_id, k)");
  for (const t of ["origin", "nom", "prenom", "prenom_count", "quartier"]) await client.query(`ANALYZE bench_seed.${t}`);
  return { noms: noms.length, prenoms: prenoms.length };
}

/** Per structure: who can author, receive or send (arrays indexed by one random number). */
export async function createStructurePool(client, plan) {
  await client.query(
    `CREATE UNLOGGED TABLE bench_seed.structure (structure_id uuid PRIMARY KEY, k int, n_usagers int, n_fiches int,
       workers uuid[], partenaires uuid[], agents uuid[], agent_sites uuid[], agent_quartiers text[])`,
  );
  for (const s of plan) {
    await client.query(
      "INSERT INTO bench_seed.structure VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      [s.id, s.k, s.nUsagers, s.nFiches, s.workerIds, s.partenaireIds, s.agents.map((a) => a.id), s.agents.map((a) => a.siteId), s.mairies.map((m) => m.quartier)],
    );
  }
}

export const dropPools = (client) => client.query("DROP SCHEMA IF EXISTS bench_seed CASCADE");
