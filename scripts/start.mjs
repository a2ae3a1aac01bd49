#!/usr/bin/env node
// `npm start` (production build) and `npm run dev` (dev server). Without DATABASE_URL, runs an
// embedded PostgreSQL whose data stays in .data/postgres between runs. Ctrl-C stops everything.
import path from "node:path";
import { spawn } from "node:child_process";
import { ensureDatabase, startEmbeddedPostgres } from "./lib/embedded-db.mjs";
import { migrateDeploy } from "./lib/migrate.mjs";
import { DATA_DIR, buildInputsHash, buildIsStale, ensureSecret, nextBin, nextServerArgs, recordBuild, runNode, tsxArgs, waitForHttp } from "./lib/runtime-env.mjs";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const say = (line) => console.log(`[passerelle] ${line}`);

let embedded = null;
let app = null;
let stopping = false;

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  say("Arrêt en cours…");
  if (app && app.exitCode === null) {
    await new Promise((resolve) => {
      app.once("exit", resolve);
      app.kill("SIGTERM");
    });
  }
  if (embedded) {
    await embedded.stop();
    say("Base de données embarquée arrêtée proprement.");
  }
  process.exit(code);
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

try {
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    say("DATABASE_URL absent : démarrage de PostgreSQL embarqué (données dans .data/postgres)…");
    embedded = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "postgres"), preferredPort: 54329, supervise: { say } });
    await ensureDatabase(embedded.url("postgres"), "passerelle");
    databaseUrl = embedded.url("passerelle");
    say(`PostgreSQL embarqué prêt sur le port ${embedded.port}.`);
  }
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: ensureSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  say("Application des migrations…");
  await migrateDeploy(databaseUrl);
  if ((await runNode(tsxArgs("prisma/seed/index.ts"), { env })) !== 0) throw new Error("échec du remplissage");

  if (!dev && buildIsStale()) {
    say("Construction de l'application (première fois ou code modifié), patientez…");
    const inputs = buildInputsHash();
    if ((await runNode([nextBin, "build"], { env: { ...env, NODE_ENV: "production" } })) !== 0) {
      throw new Error("échec de la construction (next build)");
    }
    recordBuild(inputs);
  }
  app = spawn(process.execPath, nextServerArgs(dev ? "dev" : "start", "-p", String(port)), {
    env: { ...env, NODE_ENV: dev ? "development" : "production" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  app.on("exit", (code) => {
    if (!stopping) {
      say(`Le serveur s'est arrêté (code ${code}).`);
      stop(code ?? 1);
    }
  });
  if (await waitForHttp(`http://localhost:${port}/api/health`, { timeoutMs: 120_000 })) {
    const { DEMO_ACCOUNTS, DEMO_PASSWORD, OTHER_STRUCTURE_ACCOUNT } = await import("./lib/demo-accounts.mjs");
    console.log(`\n  Passerelle est prête : http://localhost:${port}\n`);
    console.log(`  Comptes de démonstration (mot de passe : ${DEMO_PASSWORD}) :`);
    for (const a of [...DEMO_ACCOUNTS, OTHER_STRUCTURE_ACCOUNT]) console.log(`    ${a.email.padEnd(34)} ${a.label}`);
    console.log("\n  Ctrl-C pour arrêter.\n");
  }
} catch (error) {
  console.error(`[passerelle] Démarrage impossible : ${error instanceof Error ? error.message : error}`);
  await stop(1);
}
