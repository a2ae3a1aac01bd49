#!/usr/bin/env node
// `npm run compte:approuver -- <email>`: the setup step for the first responsable of a structure
// (decision 0070). A social account created by an administrator waits for a responsable of its
// structure; when the structure has none yet, whoever runs the server approves it here and gets
// the one-time activation code to hand to the person. Refused once the structure has an active
// responsable (who approves in Paramètres › Comptes à approuver). Audited like an approval.
// Uses DATABASE_URL, else the embedded PostgreSQL of .data/postgres (running or not).
import path from "node:path";
import { ensureDatabase, runningEmbeddedUrl, startEmbeddedPostgres } from "./lib/embedded-db.mjs";
import { DATA_DIR, ensureSecret, runNode, tsxArgs } from "./lib/runtime-env.mjs";

const email = process.argv[2];
if (!email || !email.includes("@")) {
  console.error("Usage : npm run compte:approuver -- prenom.nom@ville.fr");
  process.exit(1);
}

let embedded = null;
let databaseUrl = process.env.DATABASE_URL;
const dataDir = path.join(DATA_DIR, "postgres");
if (!databaseUrl) databaseUrl = runningEmbeddedUrl(dataDir, "passerelle");
if (!databaseUrl) {
  embedded = await startEmbeddedPostgres({ dataDir, preferredPort: 54329 });
  await ensureDatabase(embedded.url("postgres"), "passerelle");
  databaseUrl = embedded.url("passerelle");
}
let code = 1;
try {
  code = await runNode(tsxArgs("scripts/lib/approve-account.ts"), {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: ensureSecret(), LOG_LEVEL: process.env.LOG_LEVEL ?? "warn", APPROVE_EMAIL: email },
  });
} finally {
  await embedded?.stop();
}
process.exit(code);
