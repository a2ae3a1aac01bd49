// Integration tests run on a real PostgreSQL (see tests/setup): each Vitest worker has its own
// database, and each test starts from empty tables.
import { db } from "@/lib/db";

let tables: string[] | null = null;
const dataTables = async () =>
  (tables ??= (
    await db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`
  ).map((t) => `"${t.tablename}"`));

let superuser: Promise<boolean> | null = null;
const isSuperuser = () =>
  (superuser ??= db.$queryRaw<{ su: boolean }[]>`SELECT current_setting('is_superuser') = 'on' AS su`.then((r) => r[0]!.su));

let sequences: string[] | null = null;
/** Puts every sequence of `public` back to its start, as TRUNCATE … RESTART IDENTITY would. */
const restartSequences = async () =>
  (sequences ??= (
    await db.$queryRaw<{ name: string; start: bigint }[]>`
      SELECT format('%I.%I', schemaname, sequencename) AS name, start_value AS start FROM pg_sequences WHERE schemaname = 'public'`
  ).map((s) => `PERFORM setval('${s.name}', ${s.start}, false);`)).join("\n");

let reset: string | null = null;
/**
 * Empties every table. With a superuser (the embedded server's and CI's user): DELETE in one
 * statement, triggers and foreign-key checks off for that transaction (session_replication_role),
 * which on tables of a few rows costs a few milliseconds, where TRUNCATE of every table (new
 * files for each table and index) costs a hundred or more; the audit log's append-only trigger is
 * off too. Otherwise TRUNCATE, which that trigger lets through (it is not an UPDATE or DELETE).
 */
export async function resetDb() {
  reset ??= (await isSuperuser())
    ? `DO $$ BEGIN
    SET LOCAL session_replication_role = replica;
    ${(await dataTables()).map((t) => `DELETE FROM public.${t};`).join("\n")}
    ${await restartSequences()}
  END $$`
    : `TRUNCATE TABLE ${(await dataTables()).join(", ")} RESTART IDENTITY CASCADE`;
  await db.$executeRawUnsafe(reset);
}

/** Where a snapshot of the tables is kept: outside `public`, which is all the tests look at. */
const SNAPSHOT_SCHEMA = "vitest_snapshot";

/**
 * A fixture that is long to build and that many tests start from (the permission matrix, the
 * bad-input suite): the first call runs `build` (which starts with resetDb), copies every table on
 * the server, and returns what `build` returned; later calls put the tables back as they were
 * right after that build (tens of milliseconds instead of hundreds of inserts) and return the
 * same value. The copy is exact (ids, timestamps, sequences), so the value still describes the
 * data. Putting rows back must not fire triggers (the dashboard's counters would count twice):
 * that needs a superuser (the embedded server's and CI's user); on a server where the user is
 * not one, every call builds again.
 */
export function reusableFixture<T>(build: () => Promise<T>): () => Promise<T> {
  let built: { value: T; restore: string } | null = null;
  return async () => {
    if (built) {
      await db.$executeRawUnsafe(built.restore);
      return built.value;
    }
    const value = await build();
    if (await isSuperuser()) built = { value, restore: await snapshot() };
    return value;
  };
}

/** Copies the non-empty tables and the sequences; answers the statement that puts them back. */
async function snapshot(): Promise<string> {
  const all = await dataTables();
  const filled = (
    await db.$queryRawUnsafe<{ t: string; n: boolean }[]>(
      all.map((t) => `SELECT '${t}' AS t, EXISTS (SELECT 1 FROM public.${t}) AS n`).join(" UNION ALL "),
    )
  ).filter((c) => c.n).map((c) => c.t);
  const sequences = await db.$queryRaw<{ name: string; value: bigint | null }[]>`
    SELECT format('%I.%I', schemaname, sequencename) AS name, last_value AS value FROM pg_sequences WHERE schemaname = 'public'`;
  // Triggers enabled ALWAYS (the dashboard's summary tables, the household's figures) fire even
  // with session_replication_role = replica: they are switched off while the rows go back.
  const always = await db.$queryRaw<{ t: string; name: string }[]>`
    SELECT format('%I', c.relname) AS t, format('%I', tg.tgname) AS name
    FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND tg.tgenabled = 'A' AND NOT tg.tgisinternal`;
  await db.$executeRawUnsafe(`DO $$ BEGIN
    DROP SCHEMA IF EXISTS ${SNAPSHOT_SCHEMA} CASCADE;
    CREATE SCHEMA ${SNAPSHOT_SCHEMA};
    ${filled.map((t) => `CREATE TABLE ${SNAPSHOT_SCHEMA}.${t} AS SELECT * FROM public.${t};`).join("\n    ")}
  END $$`);
  // One statement: one round trip, one transaction. session_replication_role = replica turns the
  // other triggers and the foreign-key checks off for this transaction only: the rows are a copy
  // of a consistent state.
  return `DO $$ BEGIN
    SET LOCAL session_replication_role = replica;
    ${always.map((a) => `ALTER TABLE public.${a.t} DISABLE TRIGGER ${a.name};`).join("\n    ")}
    ${all.map((t) => `DELETE FROM public.${t};`).join("\n    ")}
    ${filled.map((t) => `INSERT INTO public.${t} SELECT * FROM ${SNAPSHOT_SCHEMA}.${t};`).join("\n    ")}
    ${await restartSequences()}
    ${sequences.filter((s) => s.value !== null).map((s) => `PERFORM setval('${s.name}', ${s.value});`).join("\n    ")}
    ${always.map((a) => `ALTER TABLE public.${a.t} ENABLE ALWAYS TRIGGER ${a.name};`).join("\n    ")}
  END $$`;
}

export { db };
