#!/usr/bin/env node
// `npm run test:load [-- --users 50 --duration 60 --outage 10 --think 2000 --no-outage --no-build]`:
// 50 signed-in users on the production build and the bench database (npm run seed:large) for
// 60 s, reads and writes through the real pages and server actions; in the middle, the embedded
// PostgreSQL is really stopped (fast shutdown) for 10 s and started again. Passes when: no error
// outside the outage, only answers (503 or the error page, no crash) during it, the app recovers
// by itself, and every acknowledged write is in the database. Loopback only, bounded in time.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { ROOT } from "./lib/prisma-cli.mjs";
import { migrateDeploy } from "./lib/migrate.mjs";
import { openBenchDatabase } from "./lib/large/bench-db.mjs";
import { BENCH_AGENT_EMAIL, BENCH_PASSWORD, BENCH_TS_EMAIL, benchWorkerEmail } from "./lib/large/structures.mjs";
import { ensureBuild, startApp } from "./lib/bench/server.mjs";
import { findAction } from "./lib/bench/actions.mjs";
import { getPage, signIn } from "./lib/bench/session.mjs";
import { agentOperations, operations, runUser } from "./lib/bench/load-users.mjs";
import { analyse, missingAcks, tableCounts } from "./lib/bench/load-verify.mjs";

function parseArgs(argv) {
  const o = { users: 50, durationS: 60, outageS: 10, thinkMs: 2000, outage: true, noBuild: false };
  const names = { "--users": "users", "--duration": "durationS", "--outage": "outageS", "--think": "thinkMs" };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--no-outage") o.outage = false;
    else if (argv[i] === "--no-build") o.noBuild = true;
    else if (names[argv[i]] && Number(argv[i + 1]) >= 0) o[names[argv[i]]] = Number(argv[++i]);
    else throw new Error(`option inconnue ou invalide : ${argv[i]}`);
  }
  o.durationS = Math.min(o.durationS, 300);
  o.users = Math.min(o.users, 50);
  return o;
}

const say = (line) => console.log(`[charge] ${line}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const options = parseArgs(process.argv.slice(2));
const bench = await openBenchDatabase();
let app = null;
let failed = [];
const withClient = async (fn) => {
  const client = new pg.Client({ connectionString: bench.url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

try {
  if (options.outage && !bench.embedded) {
    say("BENCH_DATABASE_URL : le serveur n'est pas le nôtre, la panne de PostgreSQL n'est pas simulée (--no-outage).");
    options.outage = false;
  }
  await migrateDeploy(bench.url);
  // What the users open and write to: active dossiers of the measured structure, never the
  // long-history dossiers the benchmark opens (their history must stay as seeded).
  const data = await withClient(async (c) => {
    const s = await c.query(`SELECT id FROM "Structure" WHERE name = 'CCAS Bench'`);
    if (!s.rowCount) throw new Error("base de banc d'essai vide : lancez d'abord « npm run seed:large »");
    const ids = (await c.query(
      `SELECT u.id FROM "Usager" u WHERE u."structureId" = $1 AND u.status = 'ACTIF'
       AND (SELECT count(*) FROM "Entretien" e WHERE e."usagerId" = u.id) < 60 ORDER BY random() LIMIT 600`, [s.rows[0].id])).rows.map((r) => r.id);
    const terms = (await c.query(
      `SELECT DISTINCT left(split_part("searchName", ' ', 1), 5) AS t FROM "Usager" WHERE "structureId" = $1 LIMIT 60`, [s.rows[0].id])).rows.map((r) => r.t);
    const emails = [BENCH_TS_EMAIL, ...Array.from({ length: 49 }, (_, i) => benchWorkerEmail(i + 1)), BENCH_AGENT_EMAIL, ...[2, 3, 4, 5].map((n) => `agent-${n}@bench.passerelle.fr`)];
    const users = (await c.query(`SELECT id, email, role FROM "User" WHERE email = ANY($1)`, [emails])).rows;
    return { readIds: ids.slice(0, 300), writeIds: ids.slice(300), terms, users };
  });
  await ensureBuild({ databaseUrl: bench.url, allowStale: options.noBuild, log: say });
  app = await startApp({ databaseUrl: bench.url, name: "charge" });
  const actions = {
    usager: findAction("lib/actions/usagers.ts", "createUsagerAction"),
    entretien: findAction("lib/actions/entretiens.ts", "createEntretienAction"),
    fiche: findAction("lib/actions/fiches.ts", "sendFicheAction"),
  };
  if (!actions.usager) throw new Error("action createUsagerAction introuvable dans la construction");
  say(`Écritures : nouveaux dossiers${actions.entretien ? ", entretiens" : " (entretiens : action absente de cette construction)"}` +
    `${actions.fiche ? ", fiches de liaison" : " (fiches : action absente de cette construction)"}, connexions.`);

  const ctx = {
    url: app.url, password: BENCH_PASSWORD, thinkMs: options.thinkMs, readIds: data.readIds, writeIds: data.writeIds, searchTerms: data.terms,
    actions, log: [], acks: { usagers: [], entretiens: [], fiches: [], dossierReads: new Map(), signIns: 0 },
  };
  const agentEmails = actions.fiche ? new Set(data.users.filter((u) => u.role === "AGENT").slice(0, 5).map((u) => u.email)) : new Set();
  const chosen = [...data.users.filter((u) => agentEmails.has(u.email)), ...data.users.filter((u) => u.role === "TRAVAILLEUR_SOCIAL")].slice(0, options.users);
  const since = new Date().toISOString().replace("Z", "");
  const before = await withClient((c) => tableCounts(c, since));
  const vus = [];
  for (const [n, u] of chosen.entries()) {
    const s = await signIn(app.url, u.email, BENCH_PASSWORD);
    if (!s.cookie) throw new Error(`connexion de ${u.email} refusée (HTTP ${s.status})`);
    vus.push({ n, email: u.email, userId: u.id, cookie: s.cookie, agent: agentEmails.has(u.email), writes: 0 });
  }
  say(`${vus.length} utilisateurs connectés (${vus.filter((v) => v.agent).length} agents d'accueil) ; charge pendant ${options.durationS} s…`);

  const startAt = Date.now();
  ctx.endAt = startAt + options.durationS * 1000;
  const outage = options.outage ? {} : null;
  const fault = (async () => {
    if (!outage) return;
    await sleep(options.durationS * 400);
    outage.stopAt = Date.now();
    await bench.embedded.stop();
    say(`PostgreSQL arrêté (t = ${((outage.stopAt - startAt) / 1000).toFixed(0)} s) pour ${options.outageS} s…`);
    await sleep(options.outageS * 1000);
    await bench.embedded.start();
    outage.restartAt = Date.now();
    say(`PostgreSQL redémarré (t = ${((outage.restartAt - startAt) / 1000).toFixed(0)} s).`);
  })();
  const userOps = operations(ctx);
  const agentOps = actions.fiche ? agentOperations(ctx) : userOps;
  await Promise.all([fault, ...vus.map((vu) => runUser(ctx, vu, vu.agent ? agentOps : userOps))]);

  const health = await fetch(`${app.url}/api/health`).then((r) => r.status, () => "réseau");
  const alive = app.child.exitCode === null && app.child.signalCode === null;
  const stillSignedIn = (await Promise.all(vus.filter((v) => v.cookie).map((v) => getPage(app.url, "/accueil", v.cookie)))).filter((r) => r.status === 200).length;
  const result = analyse(ctx.log, outage, 5000);
  const after = await withClient((c) => tableCounts(c, since));
  const lost = await withClient(async (c) => ({
    Entretien: await missingAcks(c, "Entretien", ctx.acks.entretiens),
    Usager: await missingAcks(c, "Usager", ctx.acks.usagers),
    FicheLiaison: await missingAcks(c, "FicheLiaison", ctx.acks.fiches),
  }));
  const readsAcked = [...ctx.acks.dossierReads.values()].reduce((a, b) => a + b, 0);

  console.log(`\n=== Résultat (${ctx.log.length} requêtes, ${(ctx.log.length / options.durationS).toFixed(1)} req/s) ===`);
  for (const [phase, p] of Object.entries(result.byPhase)) {
    console.log(`${phase} : ${p.requests} requêtes, ${p.ok} réussies`);
    for (const [k, n] of Object.entries(p.failures)) console.log(`    ${n} × ${k}`);
  }
  if (outage) console.log(`Reprise après le redémarrage de PostgreSQL : ${result.recoveryMs === null ? "aucune" : `${(result.recoveryMs / 1000).toFixed(1)} s`}`);
  console.log("Écritures acquittées → présentes en base :");
  const acked = { Entretien: ctx.acks.entretiens.length, Usager: ctx.acks.usagers.length, FicheLiaison: ctx.acks.fiches.length };
  for (const t of Object.keys(acked)) {
    console.log(`    ${t.padEnd(14)} ${acked[t]} acquittées, ${acked[t] - lost[t]} présentes ; lignes ${before[t]} → ${after[t]} (+${after[t] - before[t]})`);
  }
  console.log(`    Lectures de dossier journalisées : ${readsAcked} pages servies, ${after["AuditLog (usager.read)"]} lignes usager.read`);
  console.log(`Serveur vivant : ${alive ? "oui" : "NON"} ; /api/health : ${health} ; sessions encore valides : ${stillSignedIn}/${vus.length}`);

  failed = [
    ...(result.unexpected.length ? [`${result.unexpected.length} erreur(s) hors de la panne`] : []),
    ...(result.unacceptable.length ? [`${result.unacceptable.length} échec(s) sans réponse propre pendant la panne`] : []),
    ...(outage && result.recoveryMs === null ? ["pas de reprise après le redémarrage"] : []),
    ...Object.entries(lost).filter(([, n]) => n > 0).map(([t, n]) => `${n} écriture(s) acquittée(s) absente(s) de ${t}`),
    ...(after["AuditLog (usager.read)"] < readsAcked ? ["lectures de dossier servies sans ligne d'audit"] : []),
    ...(alive ? [] : ["le serveur s'est arrêté"]),
    ...(health === 200 ? [] : [`/api/health répond ${health}`]),
    ...(stillSignedIn === vus.filter((v) => v.cookie).length ? [] : ["des sessions ont été perdues"]),
  ];
  const file = path.join(ROOT, ".tmp", "load-test.json");
  fs.writeFileSync(file, JSON.stringify({ options, outage, startAt, result: { ...result, unexpected: result.unexpected.slice(0, 20), unacceptable: result.unacceptable.slice(0, 20) }, before, after, acked, lost }, null, 2));
  const fivehundreds = Object.values(result.byPhase).flatMap((p) => Object.keys(p.failures)).filter((k) => k.includes("500 + page d'erreur"));
  if (fivehundreds.length) say(`À corriger dans l'application : base arrêtée → 500 au lieu de 503 sur : ${[...new Set(fivehundreds.map((k) => k.split(" → ")[0]))].join(", ")}`);
  console.log(failed.length ? `\nÉCHEC : ${failed.join(" ; ")}` : "\nRÉUSSI : aucune erreur hors panne, reprise automatique, aucune écriture acquittée perdue.");
} catch (error) {
  console.error(`[charge] Échec : ${error instanceof Error ? error.message : error}`);
  failed.push("exécution");
} finally {
  await app?.stop().catch(() => {});
  await bench.close();
}
process.exit(failed.length ? 1 : 0);
