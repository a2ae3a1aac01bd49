// The benchmark database, shared by `npm run seed:large`, `npm run bench` and `npm run test:load`.
// It is never the demo database of `npm start` (.data/postgres) nor a test database: a separate,
// persistent embedded cluster in .data/bench-postgres, so that a 100,000-usager seed (minutes)
// is done once and benchmarked many times; or the server of BENCH_DATABASE_URL when set.
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres, withDatabase } from "../embedded-db.mjs";
import { DATA_DIR } from "../runtime-env.mjs";

export const BENCH_DATABASE = "passerelle_bench";
export const BENCH_DATA_DIR = path.join(DATA_DIR, "bench-postgres");
/** Not 54329 (npm start) nor 54339/54349 (tests): both may run while a benchmark does. */
export const BENCH_PORT = 54369;

/**
 * Opens the bench database (creating it when missing). Returns { url, adminUrl, embedded, close }.
 * `embedded` is null with BENCH_DATABASE_URL; otherwise it can `restart()` the same server,
 * which the load test uses to stop PostgreSQL for real in the middle of a run.
 */
export async function openBenchDatabase({ log } = {}) {
  const external = process.env.BENCH_DATABASE_URL;
  if (external) {
    // The URL names the database to fill; its server must allow CREATE DATABASE for --reset.
    const database = decodeURIComponent(new URL(external).pathname.slice(1)) || BENCH_DATABASE;
    return { url: withDatabase(external, database), adminUrl: withDatabase(external, "postgres"), database, embedded: null, close: async () => {} };
  }
  let server = await startEmbeddedPostgres({ dataDir: BENCH_DATA_DIR, preferredPort: BENCH_PORT, log });
  const adminUrl = server.url("postgres");
  await ensureDatabase(adminUrl, BENCH_DATABASE);
  const embedded = {
    port: server.port,
    dataDir: BENCH_DATA_DIR,
    /** A real shutdown (SIGINT: PostgreSQL's "fast" mode, every connection cut). */
    stop: () => server.stop(),
    /** Starts the same cluster again, on the same port: the app must find it where it was. */
    start: async () => {
      server = await startEmbeddedPostgres({ dataDir: BENCH_DATA_DIR, preferredPort: embedded.port, log });
      if (server.port !== embedded.port) {
        throw new Error(`le port ${embedded.port} a été pris pendant l'arrêt de PostgreSQL (redémarré sur ${server.port})`);
      }
    },
  };
  return { url: server.url(BENCH_DATABASE), adminUrl, database: BENCH_DATABASE, embedded, close: () => server.stop() };
}
