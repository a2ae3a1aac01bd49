// Helpers of the large seed: timed statements, and bulk loading without secondary indexes
// (building an index once over a million rows is several times faster than maintaining it
// through a million random inserts, and the GIN trigram index even more so).

/** Runs one statement and prints its duration and row count. */
export async function step(client, label, text, params = []) {
  const started = performance.now();
  const result = await client.query(text, params);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`  ${label.padEnd(46)} ${String(result.rowCount ?? "").padStart(10)}  ${seconds.padStart(6)} s`);
  return result;
}

/**
 * Drops the secondary indexes of `tables` (not the primary keys, which are constraints), runs
 * `load`, then recreates each index from its own definition, read from the catalog first: the
 * result is exactly the migrated schema, whatever the migrations hold today.
 */
export async function withoutSecondaryIndexes(client, tables, load) {
  const { rows } = await client.query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [tables],
  );
  for (const r of rows) await client.query(`DROP INDEX "${r.indexname}"`);
  // On failure the caller's transaction rolls back, dropped indexes included.
  await load();
  const started = performance.now();
  // Index builds may use parallel workers: the 2 cores are both busy here.
  await client.query("SET maintenance_work_mem = '256MB'");
  for (const r of rows) await client.query(r.indexdef);
  console.log(`  ${`${rows.length} index recréés`.padEnd(46)} ${"".padStart(10)}  ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
}

/**
 * Foreign-key triggers fire once per inserted row; the seed writes consistent keys by
 * construction and checks orphans at the end, so it switches them off for its session when it
 * may (superuser, as on the embedded server). Returns whether they were switched off.
 */
export async function skipForeignKeyTriggers(client) {
  // Inside the seed's transaction: a refusal must not abort it, hence the savepoint.
  await client.query("SAVEPOINT fk_triggers");
  try {
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query("RELEASE SAVEPOINT fk_triggers");
    return true;
  } catch {
    await client.query("ROLLBACK TO SAVEPOINT fk_triggers");
    return false;
  }
}
