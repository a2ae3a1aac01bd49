#!/usr/bin/env node
// `npm test`: typecheck, lint, migrations-vs-schema check, Vitest (unit + integration on a real
// PostgreSQL, fresh databases), production build, Playwright in Debian's Chromium.
// Ends with one line "N passed, N failed" counting every check and test.
// Options: --no-e2e (skip build and browser tests); --only-e2e [e2e/x.spec.ts…] (only the build and
// the browser tests, all or the given files); TEST_DATABASE_URL (use that server instead of an
// embedded one; databases are created and dropped on it); NEXT_DIST_DIR (build folder, so that
// two checkouts' worth of work can build side by side); --only-vitest (only the unit and
// integration tests: what .ci/run also runs on Node 24); TEST_PG_PORT (the embedded PostgreSQL's
// preferred port, so that two runs side by side do not race for the same one).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { dropDatabase, ensureDatabase, findFreePort, startEmbeddedPostgres, THROWAWAY_SETTINGS, withDatabase } from "./lib/embedded-db.mjs";
import { migrateDeploy } from "./lib/migrate.mjs";
import { checkSchema } from "./lib/schema-check.mjs";
import { ROOT } from "./lib/prisma-cli.mjs";
import { nextBin, nextServerArgs, runNode, tsxArgs, waitForHttp } from "./lib/runtime-env.mjs";

const onlyVitest = process.argv.includes("--only-vitest");
const withE2e = !process.argv.includes("--no-e2e") && !onlyVitest;
const onlyE2e = process.argv.includes("--only-e2e");
const e2eFiles = process.argv.slice(2).filter((a) => a.endsWith(".spec.ts"));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TMP = path.join(ROOT, ".tmp");
fs.mkdirSync(TMP, { recursive: true });

const tally = { passed: 0, failed: 0, skipped: 0 };
const results = [];
const record = (name, passed, failed, skipped = 0) => {
  tally.passed += passed;
  tally.failed += failed;
  tally.skipped += skipped;
  results.push(`${failed ? "ÉCHEC" : "OK   "}  ${name}: ${passed} réussi(s), ${failed} en échec${skipped ? `, ${skipped} ignoré(s)` : ""}`);
};
const step = (title) => console.log(`\n=== ${title} ===`);

if (withE2e && !fs.existsSync(CHROMIUM)) {
  console.error(`Chromium est introuvable (${CHROMIUM}) : installez-le avec « sudo apt-get install -y chromium », ou lancez « npm test -- --no-e2e ».`);
  process.exit(1);
}

const testEnv = {
  ...process.env,
  NEXTAUTH_SECRET: "test-secret-not-for-production-0123456789abcdef",
  NEXT_TELEMETRY_DISABLED: "1",
  LOG_LEVEL: "warn",
};

if (!onlyE2e && !onlyVitest) {
  step("Vérification des types (tsc)");
  const tscOk = (await runNode([path.join(ROOT, "node_modules/typescript/bin/tsc"), "--noEmit"], { env: testEnv })) === 0;
  record("types (tsc)", tscOk ? 1 : 0, tscOk ? 0 : 1);

  step("Lint (eslint)");
  const lintOk = (await runNode([path.join(ROOT, "node_modules/eslint/bin/eslint.js"), "--max-warnings=0", "."], { env: testEnv })) === 0;
  record("lint (eslint)", lintOk ? 1 : 0, lintOk ? 0 : 1);
}

let embedded = null;
let adminUrl = process.env.TEST_DATABASE_URL;
const createdDbs = [];
let server = null;
/** The e2e run's OpenID Provider (tests/helpers/oidc-provider.mjs). */
let oidcProvider = null;
try {
  if (!adminUrl) {
    step("PostgreSQL embarqué pour les tests");
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(os.tmpdir(), `passerelle-test-pg-${process.pid}-${Date.now()}`),
      preferredPort: Number(process.env.TEST_PG_PORT ?? 54349),
      persistent: false,
      // Thrown away afterwards: no need to wait for the disk (see embedded-db.mjs).
      settings: THROWAWAY_SETTINGS,
    });
    adminUrl = embedded.url("postgres");
  }

  if (!onlyE2e) {
    step("Migrations = schema.prisma");
    const problems = await checkSchema(adminUrl);
    for (const p of problems) console.error(`  - ${p}`);
    record("schéma (migrations vs schema.prisma)", problems.length ? 0 : 1, problems.length ? 1 : 0);
    if (!problems.length) console.log("Les migrations donnent exactement prisma/schema.prisma.");

    step("Tests unitaires et d'intégration (Vitest)");
    const vitestJson = path.join(TMP, `vitest-${process.pid}.json`);
    fs.rmSync(vitestJson, { force: true });
    await runNode(
      [path.join(ROOT, "node_modules/vitest/vitest.mjs"), "run", "--config", "tests/vitest.config.mts",
        "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`],
      { env: { ...testEnv, TEST_ADMIN_DATABASE_URL: adminUrl } },
    );
    if (fs.existsSync(vitestJson)) {
      const r = JSON.parse(fs.readFileSync(vitestJson, "utf8"));
      const failed = r.numFailedTests + (r.numFailedTestSuites ?? 0);
      record("vitest", r.numPassedTests, failed, r.numPendingTests + (r.numTodoTests ?? 0));
    } else record("vitest (n'a pas démarré)", 0, 1);
  }

  if (withE2e) {
    step("Base de données e2e (migrations + données de démonstration)");
    const e2eDb = `passerelle_e2e_${process.pid}_${Date.now()}`;
    await ensureDatabase(adminUrl, e2eDb);
    createdDbs.push(e2eDb);
    const e2eUrl = withDatabase(adminUrl, e2eDb);
    await migrateDeploy(e2eUrl);
    // The e2e specs open many dossiers with the same demo accounts: the per-user limit has its
    // own test (tests/integration/security-dossier-openings.test.ts).
    // The browser tests play the reverse proxy: from loopback, X-Forwarded-For names the client, so
    // a test can be "another address" (the per-address sign-in limit) without locking out the rest
    // of the suite. Without a trusted proxy the header is ignored (tests/integration/security-client-ip).
    const buildEnv = { ...testEnv, DATABASE_URL: e2eUrl, DOSSIER_OPENINGS_LIMIT: "100000", TRUSTED_PROXIES: "127.0.0.1,::1" };
    const seedOk = (await runNode(tsxArgs("prisma/seed/index.ts"), { env: buildEnv })) === 0;

    step("Construction de production (next build)");
    const buildOk = seedOk && (await runNode([nextBin, "build"], { env: { ...buildEnv, NODE_ENV: "production" } })) === 0;
    record("construction (next build)", buildOk ? 1 : 0, buildOk ? 0 : 1);

    if (buildOk) {
      // The port is chosen after the build (minutes), right before the server takes it, so that
      // another run side by side cannot take it meanwhile and answer in its place.
      const port = await findFreePort(3100);
      // A real OpenID Provider on loopback for e2e/oidc.spec.ts (issue 20): the server reads it from
      // OIDC_PROVIDERS at run time; the spec enables it for the demo structure.
      const { startOidcProvider } = await import("../tests/helpers/oidc-provider.mjs");
      oidcProvider = await startOidcProvider({
        redirectUris: [`http://localhost:${port}/api/oidc/annuaire-test/retour`],
        postLogoutRedirectUris: [`http://localhost:${port}/connexion`],
        anyEmailLogin: true,
      });
      const oidcProviders = JSON.stringify([{ id: "annuaire-test", label: "l'annuaire de test", issuer: oidcProvider.issuer, clientId: oidcProvider.clientId, clientSecret: oidcProvider.clientSecret }]);
      const appEnv = { ...buildEnv, NEXTAUTH_URL: `http://localhost:${port}`, OIDC_PROVIDERS: oidcProviders };
      step(`Tests de bout en bout (Playwright, Chromium, port ${port})`);
      server = spawn(process.execPath, nextServerArgs("start", "-p", String(port)), {
        cwd: ROOT, env: { ...appEnv, NODE_ENV: "production" }, stdio: ["ignore", "ignore", "inherit"],
      });
      const exited = new Promise((resolve) => server.once("exit", () => resolve(false)));
      const up = await Promise.race([waitForHttp(`http://localhost:${port}/api/health`), exited]);
      if (!up || server.exitCode !== null) throw new Error(`le serveur de test ne répond pas (port ${port})`);
      const pwJson = path.join(TMP, `playwright-${process.pid}.json`);
      fs.rmSync(pwJson, { force: true });
      await runNode([path.join(ROOT, "node_modules/@playwright/test/cli.js"), "test", "--config", "e2e/playwright.config.ts", ...e2eFiles], {
        env: { ...appEnv, E2E_BASE_URL: `http://localhost:${port}`, E2E_DATABASE_URL: e2eUrl, CHROMIUM_PATH: CHROMIUM, PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson },
      });
      if (fs.existsSync(pwJson)) {
        const s = JSON.parse(fs.readFileSync(pwJson, "utf8")).stats;
        record("e2e (playwright)", s.expected + s.flaky, s.unexpected, s.skipped);
      } else record("e2e (playwright n'a pas démarré)", 0, 1);
    }
  }
} catch (error) {
  console.error(`\nÉchec de l'exécution des tests : ${error instanceof Error ? error.message : error}`);
  record("exécution", 0, 1);
} finally {
  if (server && server.exitCode === null) {
    await new Promise((resolve) => {
      server.once("exit", resolve);
      server.kill("SIGTERM");
    });
  }
  if (adminUrl) for (const db of createdDbs) await dropDatabase(adminUrl, db).catch(() => {});
  if (oidcProvider) await oidcProvider.close();
  if (embedded) await embedded.stop();
}

console.log(`\n=== Résumé (Node ${process.versions.node}) ===`);
for (const line of results) console.log(line);
console.log(`${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ""}`);
process.exit(tally.failed === 0 ? 0 : 1);
