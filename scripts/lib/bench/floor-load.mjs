// The floor under load: a page's captured SQL (replay-plan.mjs) replayed with `pg` alone, by as
// many concurrent clients as autocannon used against the page, through a pool the size of the
// app's (lib/db.ts). What it measures is what PostgreSQL and the driver can do for that page on
// this machine: no Next.js, React, Prisma or session code. Page ÷ floor says how close a page is.
import pg from "pg";
import { percentile } from "./stats.mjs";

/** lib/db.ts: `max: 10` connections per server process. */
export const APP_POOL_SIZE = 10;

async function runUnit(pool, unit) {
  const query = (client, s) => client.query({ text: s.text, values: s.values, rowMode: "array" });
  if (!unit.transaction) return query(pool, unit.statements[0]);
  const client = await pool.connect();
  let failed = null;
  try {
    await client.query("BEGIN");
    for (const s of unit.statements) await query(client, s);
    await client.query(unit.end);
  } catch (error) {
    failed = error;
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release(failed ?? undefined);
  }
}

/** One request's SQL: the waves one after the other, the units of a wave side by side. */
export async function replayOnce(pool, plan) {
  for (const wave of plan.waves) await Promise.all(wave.map((unit) => runUnit(pool, unit)));
}

/**
 * `connections` clients replaying the plan in a loop for `durationS` seconds.
 * Resolves to { p50, p95, rps, requests, errors, firstError } (ms, replays per second).
 */
export async function loadFloor({ pool, plan, connections, durationS }) {
  const latencies = [];
  let errors = 0;
  let firstError = null;
  const start = performance.now();
  const deadline = start + durationS * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        await replayOnce(pool, plan);
        latencies.push(performance.now() - t0);
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  const elapsedS = (performance.now() - start) / 1000;
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    rps: latencies.length / elapsedS,
    requests: latencies.length + errors,
    errors,
    firstError,
  };
}

/**
 * The floor of one page at c=1 and at c=`connections`, after a short warm-up (the pool's
 * connections open, PostgreSQL's caches warm), as the page itself is measured.
 */
export async function measureFloor({ databaseUrl, plan, connections, durationS, warmUpS = 3 }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: APP_POOL_SIZE });
  try {
    await loadFloor({ pool, plan, connections: 4, durationS: warmUpS });
    const c1 = await loadFloor({ pool, plan, connections: 1, durationS });
    const c20 = await loadFloor({ pool, plan, connections, durationS });
    return { c1, c20 };
  } finally {
    await pool.end();
  }
}
