#!/usr/bin/env node
// `npm run bench [-- --duration 10 --connections 20 --iterations 100 --no-build]`: measures the
// production build on the data of `npm run seed:large` (scripts/lib/large/bench-db.mjs) and, in
// the same run, the baselines that give the figures meaning: the SQL floor of each page (its
// domain calls' SQL one after the other, and the SQL one real request of the page sent, replayed
// at the page's own concurrency: issue 24) and the naive ILIKE search. Writes docs/benchmarks.md.
// Loopback only; the servers are stopped at the end.
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./lib/prisma-cli.mjs";
import { migrateDeploy } from "./lib/migrate.mjs";
import { openBenchDatabase } from "./lib/large/bench-db.mjs";
import { BENCH_PASSWORD, BENCH_RESPONSABLE_EMAIL, BENCH_TS_EMAIL } from "./lib/large/structures.mjs";
import { countRows } from "./lib/large/checks.mjs";
import { BENCH_SECRET, ensureBuild, startApp } from "./lib/bench/server.mjs";
import { sealSearch } from "../lib/security/sealed-search.mjs";
import { getPage, signIn } from "./lib/bench/session.mjs";
import { measure, warmUp } from "./lib/bench/http.mjs";
import { captureDomainSql, connect, countMatches, explainFirstSelect, naiveSearchCalls, ourSearchCalls, timeCalls } from "./lib/bench/sql-floor.mjs";
import { chooseTargets } from "./lib/bench/targets.mjs";
import { describeMachine } from "./lib/bench/machine.mjs";
import { writeReport } from "./lib/bench/report.mjs";
import { startCaptureServer } from "./lib/bench/page-sql.mjs";
import { planReplay } from "./lib/bench/replay-plan.mjs";
import { APP_POOL_SIZE, measureFloor } from "./lib/bench/floor-load.mjs";
import { formatRatio, p95Ratio, throughputRatio } from "./lib/bench/ratios.mjs";
import { ms } from "./lib/bench/stats.mjs";

function parseArgs(argv) {
  const o = { durationS: 10, connections: 20, iterations: 100, noBuild: false };
  const names = { "--duration": "durationS", "--connections": "connections", "--iterations": "iterations" };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--no-build") o.noBuild = true;
    else if (names[argv[i]] && Number(argv[i + 1]) > 0) o[names[argv[i]]] = Number(argv[++i]);
    else throw new Error(`option inconnue ou invalide : ${argv[i]} (--duration s, --connections n, --iterations n, --no-build)`);
  }
  // Bounded: a forgotten zero must not keep a shared machine busy for an hour.
  o.durationS = Math.min(o.durationS, 60);
  return o;
}

const say = (line) => console.log(`[bench] ${line}`);
const options = parseArgs(process.argv.slice(2));
const bench = await openBenchDatabase();
let client = null;
let app = null;
const stopAll = async () => {
  await app?.stop().catch(() => {});
  await client?.end().catch(() => {});
  await bench.close();
};
process.on("SIGINT", () => stopAll().then(() => process.exit(130)));

try {
  // The build may expect migrations added since the seed: they are additive, apply them.
  await migrateDeploy(bench.url);
  client = await connect(bench.url);
  const targets = await chooseTargets(client);
  const machine = await describeMachine(client);
  const counts = await countRows(client, targets.structureId);
  const build = await ensureBuild({ databaseUrl: bench.url, allowStale: options.noBuild, log: say });
  // First a server of the same build that logs its SQL (page-sql.mjs): sessions are opened there
  // (they live in the database: the measured server accepts them) and each page's SQL is taken.
  app = await startCaptureServer({ databaseUrl: bench.url });
  say(`Serveur de capture du SQL sur ${app.url}`);

  const ts = await signIn(app.url, BENCH_TS_EMAIL, BENCH_PASSWORD);
  const responsable = await signIn(app.url, BENCH_RESPONSABLE_EMAIL, BENCH_PASSWORD);
  if (!ts.cookie || !responsable.cookie) throw new Error(`connexion refusée (statuts ${ts.status}, ${responsable.status})`);
  const { rows: [session] } = await client.query(
    `SELECT id FROM "UserSession" WHERE "userId" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [targets.tsId]);
  const { rows: [responsableSession] } = await client.query(
    `SELECT id FROM "UserSession" WHERE "userId" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [targets.responsableId]);
  say("Capture du SQL des pages (requêtes du domaine)…");
  const captured = await captureDomainSql({
    databaseUrl: bench.url, secret: BENCH_SECRET,
    input: { sessionId: session.id, responsableSessionId: responsableSession?.id, usagerId: targets.dossier.id, quartier: targets.quartier, searchCandidates: targets.searchCandidates },
  });
  const term = captured.search.term;
  if (!captured.search.found) say(`Attention : aucun terme avec faute ne retrouve sa personne ; mesure avec « ${term} ».`);
  const q = encodeURIComponent;
  const year = new Date().getFullYear();
  const pages = [
    // The searched name travels sealed for the signed-in TS (decision 0064): the bench knows the
    // instance's secret, so it seals the term as the search form's action would.
    { key: "recherche", label: "Usager search", path: `/usagers?recherche=${sealSearch({ secret: BENCH_SECRET, userId: targets.tsId, q: term, ttlMs: 3_600_000 })}`, cookie: ts.cookie, expect: captured.search.numero },
    { key: "tableau", label: "Usagers table (sorted, filtered, page 3)", path: `/usagers?tri=dernierContact&statut=ACTIF&quartier=${q(targets.quartier)}&page=3`, cookie: ts.cookie },
    { key: "dossier", label: `Dossier (${captured.timelineEvents} timeline events)`, path: `/usagers/${targets.dossier.id}`, cookie: ts.cookie, expect: targets.dossier.numero },
    { key: "fiches", label: "Fiches de liaison inbox", path: "/fiches-liaison", cookie: ts.cookie, optional: true },
    { key: "tableau-de-bord", label: "Dashboard (year), figures kept 5 min", path: "/tableau-de-bord?periode=annee", cookie: responsable.cookie, optional: true, floorKey: null },
    // The same page computing every figure afresh on each request ("Recalculer maintenant").
    { key: "tableau-de-bord-recalcul", label: "Dashboard (year), recomputed each time", path: "/tableau-de-bord?periode=annee&recalcul=1", cookie: responsable.cookie, optional: true, floorKey: "tableau-de-bord" },
    // Two lists behind the year's numbers: the structure's entretiens, and the dossiers of an age
    // band active in the year (what "Dossiers actifs" of a row of the age table links to).
    { key: "entretiens-annee", label: "Entretiens of the year (list behind the caseload's counts)", path: `/entretiens?du=${year}-01-01&au=${year}-12-31`, cookie: responsable.cookie, optional: true, floorKey: null },
    { key: "usagers-actifs-tranche", label: "Active dossiers of the year aged 25–39 (list behind a breakdown)", path: `/usagers?statut=tous&actifDu=${year}-01-01&actifAu=${year}-12-31&tranche=25-39&ageAu=${year}-12-31`, cookie: responsable.cookie, optional: true, floorKey: null },
  ];

  say("Capture du SQL d'une requête de chaque page…");
  for (const page of pages) {
    const { status, entries } = await app.capture(page.path, page.cookie);
    if (status !== 200) continue;
    page.sql = planReplay(entries);
    // Kept for reading (git-ignored): which statements a page sends is the first thing to look at.
    fs.mkdirSync(path.join(ROOT, ".tmp", "bench-sql"), { recursive: true });
    fs.writeFileSync(path.join(ROOT, ".tmp", "bench-sql", `${page.key}.json`), JSON.stringify(entries, null, 1));
    say(`${page.label} : ${page.sql.statements} requête(s) SQL (${page.sql.transactions} transaction(s), ${page.sql.waves.length} vague(s)), ${ms(page.sql.sqlMs)} ms de SQL dans la requête`);
  }
  await app.stop();
  app = null;
  app = await startApp({ databaseUrl: bench.url });
  say(`Serveur de production sur ${app.url} (journal : ${path.relative(ROOT, app.logFile)})`);

  for (const page of pages) {
    const probe = await getPage(app.url, page.path, page.cookie);
    if (probe.status === 404 && page.optional) {
      page.status = "not-built";
      say(`${page.label} : pas encore construite (404), non mesurée.`);
      continue;
    }
    if (probe.status !== 200 || (page.expect && !probe.body.includes(page.expect))) {
      page.status = "error";
      page.message = `HTTP ${probe.status}${probe.location ? ` → ${probe.location}` : ""}${probe.status === 200 ? ", contenu attendu absent" : ""}`;
      say(`${page.label} : ${page.message}, non mesurée.`);
      continue;
    }
    const url = `${app.url}${page.path}`;
    await warmUp({ url, cookie: page.cookie });
    page.c1 = await measure({ url, cookie: page.cookie, connections: 1, durationS: options.durationS });
    page.c20 = await measure({ url, cookie: page.cookie, connections: options.connections, durationS: options.durationS });
    page.status = "measured";
    say(`${page.label} : c=1 p50 ${ms(page.c1.p50)} ms p95 ${ms(page.c1.p95)} ms ${page.c1.rps.toFixed(0)} req/s ; ` +
      `c=${options.connections} p50 ${ms(page.c20.p50)} ms p95 ${ms(page.c20.p95)} ms ${page.c20.rps.toFixed(0)} req/s, ${page.c1.errors + page.c20.errors} erreur(s)`);
    // The floor right after its page (the server idle meanwhile): on a shared machine, figures taken
    // minutes apart see different neighbours; seconds apart, the ratio is what counts.
    if (page.sql) {
      page.limit = await measureFloor({ databaseUrl: bench.url, plan: page.sql, connections: options.connections, durationS: options.durationS });
      say(`  plancher (SQL de la requête rejoué par pg) : c=1 p95 ${ms(page.limit.c1.p95)} ms, c=${options.connections} ${page.limit.c20.rps.toFixed(0)} req/s ` +
        `(${page.limit.c1.errors + page.limit.c20.errors} erreur(s)${page.limit.c1.firstError ?? page.limit.c20.firstError ? ` : ${page.limit.c1.firstError ?? page.limit.c20.firstError}` : ""}) ; ` +
        `page ÷ plancher débit ${formatRatio(throughputRatio(page, page.limit))}, p95 ${formatRatio(p95Ratio(page, page.limit))}`);
    }
  }
  await app.stop();
  app = null;

  say(`Planchers SQL (${options.iterations} itérations par page, pg seul)…`);
  for (const page of pages) {
    // floorKey: whose captured SQL is this page's floor (null: none, e.g. figures read from the cache).
    const calls = page.floorKey === null ? undefined : captured.pages[page.floorKey ?? page.key];
    if (page.status === "measured" && calls) page.floor = await timeCalls(client, calls, { iterations: options.iterations });
  }
  const ours = ourSearchCalls(captured.pages.recherche.listUsagers);
  const naive = naiveSearchCalls({ structureId: targets.structureId, term });
  const search = {
    term, source: captured.search.source,
    ours: (await timeCalls(client, ours, { iterations: options.iterations })).total,
    naive: (await timeCalls(client, naive, { iterations: options.iterations })).total,
    ourRows: await countMatches(client, ours), naiveRows: await countMatches(client, naive),
    plans: { ours: await explainFirstSelect(client, ours), naive: await explainFirstSelect(client, naive) },
  };
  search.ratio = search.naive.p95 / search.ours.p95;
  say(`Recherche SQL p95 : la nôtre ${ms(search.ours.p95)} ms (${search.ourRows} résultat(s)), naïve ${ms(search.naive.p95)} ms (${search.naiveRows}) : ${search.ratio.toFixed(1)}×`);

  const usagers = counts.Usager.first;
  const run = {
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC", durationS: options.durationS, iterations: options.iterations,
    connections: options.connections, poolSize: APP_POOL_SIZE, machine, build, counts, pages, search, target: { entretiens: targets.dossier.entretiens, timeline: captured.timelineEvents, quartier: targets.quartier },
    scale: usagers < 100_000 ? `Small data: ${usagers.toLocaleString("en-US")} usagers in the measured structure instead of the issue's 100,000. These figures are not the benchmark of record.` : null,
  };
  // The run's figures as data (git-ignored): the report can be rewritten from them without a rerun.
  fs.writeFileSync(path.join(ROOT, ".tmp", "bench-run.json"), JSON.stringify(run, (_k, v) => (_k === "waves" ? undefined : v), 1));
  const file = path.join(ROOT, "docs", "benchmarks.md");
  const results = writeReport(file, run);
  for (const t of results) say(`${t.ok ? "✅" : "❌"} ${t.label} : ${t.shown}`);
  say(`Rapport écrit : ${path.relative(ROOT, file)}`);
} catch (error) {
  console.error(`[bench] Échec : ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await stopAll();
}
