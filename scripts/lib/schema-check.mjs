// Proves that applying every migration gives exactly the schema that prisma/schema.prisma
// describes, plus the hand-written objects listed in prisma/hand-written-objects.json.
// pg_dump cannot dump the embedded Postgres 18 server, so both databases are compared through
// the catalog instead.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { ROOT, capturePrisma } from "./prisma-cli.mjs";
import { dropDatabase, ensureDatabase, withDatabase } from "./embedded-db.mjs";
import { migrateDeploy } from "./migrate.mjs";

const CATALOG_QUERY = `
SELECT 'extension:' || extname AS item FROM pg_extension WHERE extname <> 'plpgsql'
UNION ALL
SELECT 'enum:' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
  FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
  JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' GROUP BY t.typname
UNION ALL
SELECT 'column:' || c.table_name || '.' || c.column_name || ' ' || c.udt_name || ' ' ||
       c.is_nullable || ' default=' || coalesce(c.column_default, '')
  FROM information_schema.columns c
  WHERE c.table_schema = 'public' AND c.table_name <> '_prisma_migrations'
UNION ALL
SELECT 'constraint:' || rel.relname || '.' || con.conname || ' ' || pg_get_constraintdef(con.oid)
  FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
  JOIN pg_namespace n ON n.oid = rel.relnamespace
  WHERE n.nspname = 'public' AND rel.relname <> '_prisma_migrations'
UNION ALL
SELECT 'index:' || tablename || '.' || indexname || ' ' || indexdef
  FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
UNION ALL
SELECT 'trigger:' || c.relname || '.' || t.tgname
  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND NOT t.tgisinternal
UNION ALL
SELECT 'function:' || p.proname
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
  LEFT JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
  WHERE n.nspname = 'public' AND d.objid IS NULL
`;

async function catalog(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(CATALOG_QUERY);
    return new Set(rows.map((r) => r.item));
  } finally {
    await client.end();
  }
}

const keyOf = (item) => item.split(" ")[0];

/** Returns the list of differences (empty when the migrations match the schema). */
export async function checkSchema(adminUrl) {
  const suffix = `${process.pid}_${Date.now()}`;
  const migratedDb = `schema_check_migrated_${suffix}`;
  const expectedDb = `schema_check_expected_${suffix}`;
  await ensureDatabase(adminUrl, migratedDb);
  await ensureDatabase(adminUrl, expectedDb);
  try {
    const migratedUrl = withDatabase(adminUrl, migratedDb);
    const expectedUrl = withDatabase(adminUrl, expectedDb);
    await migrateDeploy(migratedUrl);
    const script = await capturePrisma(
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { databaseUrl: expectedUrl },
    );
    const client = new pg.Client({ connectionString: expectedUrl });
    await client.connect();
    await client.query(script);
    await client.end();

    const handWritten = JSON.parse(
      fs.readFileSync(path.join(ROOT, "prisma", "hand-written-objects.json"), "utf8"),
    ).objects;
    const migrated = await catalog(migratedUrl);
    const expected = await catalog(expectedUrl);
    const problems = [];
    // The next migration is diffed from the snapshot: it must be the schema the migrations give.
    const snapshot = path.join(ROOT, "prisma", "migrations", "schema.snapshot.prisma");
    if (fs.readFileSync(snapshot, "utf8") !== fs.readFileSync(path.join(ROOT, "prisma", "schema.prisma"), "utf8")) {
      problems.push("prisma/migrations/schema.snapshot.prisma diffère de prisma/schema.prisma : créez la migration (npm run db:migration -- nom)");
    }
    for (const item of migrated) {
      if (!expected.has(item) && !handWritten.includes(keyOf(item))) {
        problems.push(`en trop dans les migrations : ${item}`);
      }
    }
    for (const item of expected) {
      if (!migrated.has(item)) problems.push(`manquant dans les migrations : ${item}`);
    }
    const migratedKeys = new Set([...migrated].map(keyOf));
    for (const key of handWritten) {
      if (!migratedKeys.has(key)) problems.push(`objet écrit à la main introuvable : ${key}`);
    }
    return problems;
  } finally {
    await dropDatabase(adminUrl, migratedDb);
    await dropDatabase(adminUrl, expectedDb);
  }
}
