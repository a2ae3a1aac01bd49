// One fresh, migrated database per run: on TEST_ADMIN_DATABASE_URL / TEST_DATABASE_URL's server
// when given (npm test passes its own), else on a throwaway embedded PostgreSQL.
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { dropDatabase, ensureDatabase, startEmbeddedPostgres, withDatabase } from "../../scripts/lib/embedded-db.mjs";
import { migrateDeploy } from "../../scripts/lib/migrate.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
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
    });
    adminUrl = embedded.url("postgres");
  }
  const database = `passerelle_vitest_${process.pid}_${Date.now()}`;
  await ensureDatabase(adminUrl, database);
  const url = withDatabase(adminUrl, database);
  await migrateDeploy(url);
  project.provide("databaseUrl", url);
  return async () => {
    await dropDatabase(adminUrl, database);
    await embedded?.stop();
  };
}
