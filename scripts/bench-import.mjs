#!/usr/bin/env node
// `npm run bench:import [-- --rows 10000]`: the import measure of the benchmark (issue 19: 10,000
// rows previewed in < 5 s and committed in < 60 s, duplicate check included) on the bench
// database of `npm run seed:large`. Runs scripts/lib/bench/import-run.ts (the domain functions
// of the import pages, without HTTP) and writes its section of docs/benchmarks.md, between the
// markers that `npm run bench` keeps when it rewrites the file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { ROOT } from "./lib/prisma-cli.mjs";
import { migrateDeploy } from "./lib/migrate.mjs";
import { openBenchDatabase } from "./lib/large/bench-db.mjs";
import { BENCH_SECRET } from "./lib/bench/server.mjs";
import { IMPORT_SECTION_END, IMPORT_SECTION_START } from "./lib/bench/report.mjs";

const args = process.argv.slice(2);
const rows = args[0] === "--rows" && Number(args[1]) > 0 ? Math.min(Number(args[1]), 100_000) : 10_000;
if (args.length && !(args[0] === "--rows" && Number(args[1]) > 0)) throw new Error("option inconnue (--rows n)");

function run(url) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/lib/bench/import-run.ts"), String(rows)], {
      cwd: ROOT, env: { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: BENCH_SECRET, NODE_ENV: "production", LOG_LEVEL: "warn" }, stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`mesure de l'import : ${err.trim() || code}`))));
  });
}

const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const bench = await openBenchDatabase();
try {
  await migrateDeploy(bench.url);
  const load = os.loadavg().map((l) => l.toFixed(2)).join(" / ");
  const r = await run(bench.url);
  const section = `${IMPORT_SECTION_START}
## Import of a spreadsheet (\`npm run bench:import\`)

Measured on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, load average before the run ${load}, ${os.cpus().length} cores.
The machine is shared: other work runs beside the benchmark, the load average says how much (above 2 on 2 cores, the figures are pessimistic).
A generated CSV of ${r.rows.toLocaleString("en-US")} rows (${Math.round(r.bytes / 1024)} KiB, Windows-1252, \`;\`): ${r.groups.MATCH.toLocaleString("en-US")} people already in the structure
(found by the duplicate rule of the creation form), ${r.groups.FILE_DUPLICATE} repeated inside the file, ${r.groups.ERROR} in error, ${r.groups.NEW.toLocaleString("en-US")} new;
imported by the bench RESPONSABLE into the structure of ${(r.usagers).toLocaleString("en-US")} dossiers, through the import's domain functions (no HTTP).
The dossiers the run created are removed afterwards.

| Step | Time | Target |
| --- | ---: | --- |
| Upload: read, check the file, store the rows | ${s(r.uploadMs)} | – |
| Preview: every row checked with the form's schema, matches and duplicate search | ${s(r.previewMs)} | < 5 s ${r.previewMs < 5000 ? "✅" : "❌"} |
| Commit: the job in batches of 200, each one transaction (new dossiers, référents, entretiens and audit rows written together) | ${s(r.commitMs)} | < 60 s ${r.commitMs < 60000 ? "✅" : "❌"} |

Outcome: ${r.counts.created.toLocaleString("en-US")} created, ${r.counts.updated.toLocaleString("en-US")} updated, ${r.counts.skipped.toLocaleString("en-US")} skipped or unchanged, ${r.counts.errors} in error (${r.status}).
${IMPORT_SECTION_END}
`;
  const file = path.join(ROOT, "docs/benchmarks.md");
  const md = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmarks\n";
  const start = md.indexOf(IMPORT_SECTION_START);
  const end = md.indexOf(IMPORT_SECTION_END);
  const next = start >= 0 && end > start ? `${md.slice(0, start)}${section}${md.slice(end + IMPORT_SECTION_END.length + 1)}` : `${md.trimEnd()}\n\n${section}`;
  fs.writeFileSync(file, next);
  console.log(JSON.stringify(r, null, 2));
} finally {
  await bench.close();
}
