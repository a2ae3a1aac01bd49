#!/usr/bin/env node
// `npm run seed:large -- --usagers 100000 [--entretiens-par-usager 10] [--fiches 50000]
// [--structures 20] [--reset]`: fills the SEPARATE benchmark database (scripts/lib/large/bench-db.mjs)
// with realistic synthetic data for `npm run bench` and `npm run test:load`. The first structure,
// "CCAS Bench", holds --usagers dossiers and --fiches fiches; every other one a tenth.
// Everything is bulk SQL (INSERT … SELECT FROM generate_series, name pools passed as arrays) in
// one transaction: a failed run leaves nothing half-written.
import pg from "pg";
import { tsImport } from "tsx/esm/api";
import { dropDatabase, ensureDatabase } from "./lib/embedded-db.mjs";
import { migrateDeploy } from "./lib/migrate.mjs";
import { BENCH_DATA_DIR, openBenchDatabase } from "./lib/large/bench-db.mjs";
import { createPools, createStructurePool, dropPools } from "./lib/large/pools.mjs";
import { BENCH_PASSWORD, BENCH_RESPONSABLE_EMAIL, BENCH_TS_EMAIL, planStructures, seedStructures } from "./lib/large/structures.mjs";
import { FOYER_TRIGGER_OFF, FOYER_TRIGGER_ON, INSERT_BUDGET, INSERT_DOSSIER_COUNTERS, INSERT_FOYER, INSERT_REFERENTS, INSERT_USAGERS, PERSON_TABLE, UPDATE_MENAGE, USAGER_PARAMS, stagePeople } from "./lib/large/people.mjs";
import {
  INSERT_ACCOMPAGNEMENTS, INSERT_AIDES, INSERT_DIAGNOSTICS, INSERT_DIAGNOSTIC_DOMAINES, INSERT_ENTRETIENS, INSERT_ORIENTATIONS,
  INSERT_ORIENTATION_EVENTS, INSERT_PLAN,
} from "./lib/large/suivi.mjs";
import { FICHE_STAGE_TABLE, INSERT_FICHES, INSERT_FICHE_COUNTERS, INSERT_FICHE_EVENTS, stageFiches } from "./lib/large/fiches.mjs";
import { INSERT_AUDIT } from "./lib/large/audit.mjs";
import { checkForeignKeys, checkSearchNames, countRows, printCounts } from "./lib/large/checks.mjs";
import { skipForeignKeyTriggers, step, withoutSecondaryIndexes } from "./lib/large/sql.mjs";

function parseArgs(argv) {
  const options = { usagers: 100_000, entretiens: 10, fiches: 50_000, structures: 20, reset: false };
  const names = { "--usagers": "usagers", "--entretiens-par-usager": "entretiens", "--fiches": "fiches", "--structures": "structures" };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--reset") options.reset = true;
    else if (names[argv[i]]) {
      const value = Number(argv[++i]);
      if (!Number.isFinite(value) || value < 0) throw new Error(`valeur invalide pour ${argv[i - 1]} : ${argv[i]}`);
      options[names[argv[i - 1]]] = value;
    } else throw new Error(`option inconnue : ${argv[i]} (options : --usagers, --entretiens-par-usager, --fiches, --structures, --reset)`);
  }
  if (options.structures < 1 || options.usagers < 10) throw new Error("il faut au moins 1 structure et 10 usagers");
  return options;
}

/**
 * Mean of the exponential draw of entretiens per person so that the average over everyone
 * (about 5 % never met, hence 0) is the requested one: E[floor(Exp(λ))] = 1 / (e^(1/λ) − 1).
 */
function entretienMean(perUsager) {
  const neverMet = 0.052;
  const extra = Math.max(0.01, perUsager / (1 - neverMet) - 1);
  return 1 / Math.log(1 + 1 / extra);
}

const options = parseArgs(process.argv.slice(2));
const started = performance.now();
const bench = await openBenchDatabase();
const client = new pg.Client({ connectionString: bench.url });
try {
  console.log(`Base de banc d'essai : ${process.env.BENCH_DATABASE_URL ? "BENCH_DATABASE_URL" : `PostgreSQL embarqué (${BENCH_DATA_DIR}, port ${bench.embedded.port})`}, base « ${bench.database} »`);
  if (options.reset) {
    await dropDatabase(bench.adminUrl, bench.database);
    await ensureDatabase(bench.adminUrl, bench.database);
  }
  const migrating = performance.now();
  await migrateDeploy(bench.url);
  console.log(`Migrations appliquées (${((performance.now() - migrating) / 1000).toFixed(0)} s).`);
  await client.connect();
  const existing = await client.query(`SELECT id FROM "Structure" WHERE name = 'CCAS Bench'`);
  if (existing.rowCount) {
    console.log("La base de banc d'essai est déjà remplie (relancez avec --reset pour la refaire) :");
    printCounts(await countRows(client, existing.rows[0].id));
    process.exitCode = 0;
  } else {
    await seed(client, options);
    console.log(`\nComptes (mot de passe ${BENCH_PASSWORD}) : ${BENCH_TS_EMAIL} (travailleuse sociale), ${BENCH_RESPONSABLE_EMAIL} (responsable).`);
  }
  console.log(`Durée totale : ${((performance.now() - started) / 1000).toFixed(0)} s`);
} catch (error) {
  console.error(`Échec du remplissage : ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await client.end().catch(() => {});
  await bench.close();
}

async function seed(client, options) {
  const now = new Date().toISOString();
  const { DEFAULT_CHARGES_RETENUES } = await tsImport("../lib/domain/usagers/budget-types.ts", import.meta.url);
  console.log(`Remplissage : ${options.usagers} usagers dans « CCAS Bench », ${options.structures} structures, ` +
    `${options.entretiens} entretiens par usager en moyenne, ${options.fiches} fiches.`);
  await client.query("BEGIN");
  // UTC: timestamp columns hold UTC instants, as Prisma writes them.
  await client.query("SET LOCAL TIME ZONE 'UTC'");
  await client.query("SET LOCAL work_mem = '128MB'");
  const fkOff = await skipForeignKeyTriggers(client);
  const plan = planStructures(options);
  await seedStructures(client, plan, { chargesRetenues: DEFAULT_CHARGES_RETENUES });
  await createPools(client, plan);
  await createStructurePool(client, plan);
  await client.query(PERSON_TABLE);
  await client.query(FICHE_STAGE_TABLE);
  const mean = entretienMean(options.entretiens);
  const elapsed = (t0) => `${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s`;
  let t0 = performance.now();
  for (const s of plan) await stagePeople(client, s, { now, heavy: s.k === 0 ? Math.min(10, s.nUsagers) : 0, entretienMean: mean });
  // Fiches link to the people just drawn: statistics first, or the planner guesses 0 rows.
  await client.query("ANALYZE bench_seed.person");
  console.log(`  ${"tirage des personnes".padEnd(46)} ${"".padStart(10)}  ${elapsed(t0)}`);
  t0 = performance.now();
  for (const s of plan) await stageFiches(client, s, { now });
  console.log(`  ${"tirage des fiches".padEnd(46)} ${"".padStart(10)}  ${elapsed(t0)}`);
  await client.query("ANALYZE bench_seed.fiche");
  const big = ["Usager", "FoyerMembre", "LigneBudget", "UsagerReferent", "Entretien", "Diagnostic", "DiagnosticDomaine", "Accompagnement",
    "PlanObjectif", "PlanAction", "Aide", "Orientation", "OrientationEvent", "FicheLiaison", "FicheEvent", "AuditLog"];
  await withoutSecondaryIndexes(client, big, async () => {
    await step(client, "usagers", INSERT_USAGERS, USAGER_PARAMS);
    await client.query(FOYER_TRIGGER_OFF);
    await step(client, "foyers (conjoints, enfants)", INSERT_FOYER);
    await step(client, "composition des ménages", UPDATE_MENAGE);
    await client.query(FOYER_TRIGGER_ON);
    await step(client, "lignes de budget", INSERT_BUDGET);
    await step(client, "référents", INSERT_REFERENTS);
    await step(client, "entretiens", INSERT_ENTRETIENS.text, INSERT_ENTRETIENS.params(now));
    await step(client, "diagnostics", INSERT_DIAGNOSTICS.text, INSERT_DIAGNOSTICS.params());
    await step(client, "domaines des diagnostics", INSERT_DIAGNOSTIC_DOMAINES);
    await step(client, "accompagnements", INSERT_ACCOMPAGNEMENTS);
    await step(client, "plans d'accompagnement (objectifs, actions)", INSERT_PLAN);
    await step(client, "aides", INSERT_AIDES, [now]);
    await step(client, "orientations", INSERT_ORIENTATIONS.text, INSERT_ORIENTATIONS.params(now));
    await step(client, "événements des orientations", INSERT_ORIENTATION_EVENTS);
    await step(client, "fiches de liaison", INSERT_FICHES.text, INSERT_FICHES.params());
    await step(client, "événements des fiches", INSERT_FICHE_EVENTS);
    await step(client, "journal d'audit", INSERT_AUDIT);
  });
  await step(client, "compteurs de dossiers", INSERT_DOSSIER_COUNTERS);
  await step(client, "compteurs de fiches", INSERT_FICHE_COUNTERS);
  const fks = await checkForeignKeys(client);
  const sampled = await checkSearchNames(client);
  console.log(`  vérifié : ${fks} clés étrangères${fkOff ? " (contrôlées après coup)" : ""}, searchName exact sur ${sampled} usagers`);
  const heavy = await client.query(
    `SELECT count(*)::int AS n FROM bench_seed.person WHERE heavy`,
  );
  await dropPools(client);
  await client.query("COMMIT");
  // Fresh statistics (without them the planner would guess on 0-row estimates) and the visibility
  // map a database in service has from autovacuum: without it every index-only scan reads the
  // table too, and the first benchmark after a seed measured SQL two to three times slower.
  await step(client, "VACUUM (ANALYZE)", "VACUUM (ANALYZE)");
  console.log(`\nDonnées créées (dont ${heavy.rows[0].n} dossiers d'environ 100 événements) :`);
  printCounts(await countRows(client, plan[0].id));
  const avg = await client.query(
    `SELECT round(count(*)::numeric / (SELECT count(*) FROM "Usager"), 2) AS avg FROM "Entretien"`,
  );
  console.log(`  entretiens par usager en moyenne : ${avg.rows[0].avg}`);
}
