// One fresh database per Vitest worker, so that test files run side by side (decision 0077):
// the migrations run once, into a template database, then each worker gets a copy of it
// (`CREATE DATABASE … TEMPLATE`, much faster than migrating again). Files of one worker run one
// after the other and reset their database between tests, as before. On
// TEST_ADMIN_DATABASE_URL / TEST_DATABASE_URL's server when given (npm test passes its own),
// else on a throwaway embedded PostgreSQL.
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { dropDatabase, ensureDatabase, startEmbeddedPostgres, THROWAWAY_SETTINGS, withDatabase } from "../../scripts/lib/embedded-db.mjs";
import { migrateDeploy } from "../../scripts/lib/migrate.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** The database of each worker, by VITEST_POOL_ID (1…maxWorkers). */
    databaseUrls: Record<string, string>;
  }
}

export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_ADMIN_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(os.tmpdir(), `passerelle-vitest-pg-${process.pid}-${Date.now()}`),
      preferredPort: 54359,
      persistent: false,
      settings: THROWAWAY_SETTINGS,
    });
    adminUrl = embedded.url("postgres");
  }
  const template = `passerelle_vitest_${process.pid}_${Date.now()}`;
  const workers = Math.max(1, Number(project.config.maxWorkers) || 1);
  const databases = Array.from({ length: workers }, (_, i) => `${template}_w${i + 1}`);
  const drop = async () => {
    for (const database of [...databases, template]) await dropDatabase(adminUrl, database).catch(() => {});
    await embedded?.stop();
  };
  try {
    await ensureDatabase(adminUrl, template);
    await migrateDeploy(withDatabase(adminUrl, template));
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      // One after the other: a copy needs the template free of other sessions.
      for (const database of databases) await client.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
    } finally {
      await client.end();
    }
  } catch (error) {
    await drop();
    throw error;
  }
  project.provide("databaseUrls", Object.fromEntries(databases.map((d, i) => [String(i + 1), withDatabase(adminUrl, d)])));
  return drop;
}
