// What the large seed verifies before it commits: the keys it wrote with foreign-key triggers
// off are all valid (every foreign key of the schema, read from the catalog), and the stored
// searchName is exactly the app's normalizeText of the names (on a random sample).
import { normalizeText } from "./names.mjs";

export async function checkForeignKeys(client) {
  const { rows } = await client.query(`
    SELECT c.conname, ch.relname AS child, ca.attname AS child_col, pa.relname AS parent, pk.attname AS parent_col
    FROM pg_constraint c
    JOIN pg_class ch ON ch.oid = c.conrelid JOIN pg_class pa ON pa.oid = c.confrelid
    JOIN pg_attribute ca ON ca.attrelid = c.conrelid AND ca.attnum = c.conkey[1]
    JOIN pg_attribute pk ON pk.attrelid = c.confrelid AND pk.attnum = c.confkey[1]
    WHERE c.contype = 'f' AND cardinality(c.conkey) = 1 AND ch.relnamespace = 'public'::regnamespace`);
  const broken = [];
  for (const fk of rows) {
    const { rows: [r] } = await client.query(
      `SELECT count(*)::int AS n FROM "${fk.child}" c WHERE c."${fk.child_col}" IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM "${fk.parent}" p WHERE p."${fk.parent_col}" = c."${fk.child_col}")`,
    );
    if (r.n > 0) broken.push(`${fk.conname}: ${r.n} ligne(s) sans parent`);
  }
  if (broken.length) throw new Error(`clés étrangères invalides :\n  ${broken.join("\n  ")}`);
  return rows.length;
}

export async function checkSearchNames(client, sample = 3000) {
  const { rows } = await client.query(
    `SELECT nom, "nomNaissance", prenom, "searchName" FROM "Usager" ORDER BY random() LIMIT $1`,
    [sample],
  );
  const wrong = rows.filter((r) => normalizeText([r.nom, r.nomNaissance ?? "", r.prenom].join(" ")) !== r.searchName);
  if (wrong.length) {
    const w = wrong[0];
    throw new Error(`searchName ≠ normalizeText pour ${wrong.length} usager(s), p. ex. « ${w.nom} ${w.nomNaissance ?? ""} ${w.prenom} » → « ${w.searchName} »`);
  }
  return rows.length;
}

const COUNTED = [
  "Structure", "Site", "User", "Usager", "FoyerMembre", "LigneBudget", "UsagerReferent", "Entretien", "Diagnostic",
  "Accompagnement", "Aide", "Partenaire", "Orientation", "FicheLiaison", "FicheEvent", "AuditLog",
];

/** Row counts of the main tables, and those of the first structure (the benchmarked one). */
export async function countRows(client, firstStructureId) {
  const counts = {};
  for (const table of COUNTED) {
    const { rows: [all] } = await client.query(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = { all: all.n };
    const hasStructure = await client.query(
      `SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = 'structureId'`,
      [table],
    );
    if (firstStructureId && hasStructure.rowCount) {
      const { rows: [one] } = await client.query(`SELECT count(*)::int AS n FROM "${table}" WHERE "structureId" = $1`, [firstStructureId]);
      counts[table].first = one.n;
    }
  }
  return counts;
}

export function printCounts(counts) {
  for (const [table, c] of Object.entries(counts)) {
    const first = c.first === undefined ? "" : `  (dont CCAS Bench : ${c.first.toLocaleString("fr-FR")})`;
    console.log(`  ${table.padEnd(16)} ${c.all.toLocaleString("fr-FR").padStart(12)}${first}`);
  }
}
