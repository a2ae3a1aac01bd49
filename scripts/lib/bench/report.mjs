// Writes docs/benchmarks.md from one run: machine, data sizes, every figure with its baseline
// and ratio, the issue's targets with ✅/❌, and for each missed target the measured facts that
// explain it (which domain call costs what, how far the page is above its SQL floor).
import fs from "node:fs";
import { ms } from "./stats.mjs";
import { MAX_P95_RATIO, MIN_THROUGHPUT_RATIO, evaluateLimitTargets, formatRatio, p95Ratio, throughputRatio } from "./ratios.mjs";

export const TARGETS = [
  { key: "search-p95", label: "Search p95 < 20 ms (page, c=1)", page: "recherche", check: (r) => r.c1.p95 < 20, value: (r) => `${ms(r.c1.p95)} ms` },
  { key: "search-ratio", label: "Search ≥ 20× faster than naive ILIKE (SQL p95)", check: (_r, run) => run.search.ratio >= 20, value: (_r, run) => `${run.search.ratio.toFixed(1)}×` },
  { key: "table-p95", label: "Usagers table p95 < 150 ms (page, c=1)", page: "tableau", check: (r) => r.c1.p95 < 150, value: (r) => `${ms(r.c1.p95)} ms` },
  { key: "dossier-p95", label: "Dossier p95 < 150 ms (page, c=1)", page: "dossier", check: (r) => r.c1.p95 < 150, value: (r) => `${ms(r.c1.p95)} ms` },
  { key: "dashboard-p95", label: "Dashboard (year) p95 < 300 ms (page, c=1, figures kept 5 min)", page: "tableau-de-bord", check: (r) => r.c1.p95 < 300, value: (r) => `${ms(r.c1.p95)} ms` },
  { key: "dashboard-recalcul-p95", label: "Dashboard (year) p95 < 300 ms (page, c=1, every figure recomputed)", page: "tableau-de-bord-recalcul", check: (r) => r.c1.p95 < 300, value: (r) => `${ms(r.c1.p95)} ms` },
  {
    key: "dossier-rps", label: "Dossier ≥ 150 req/s at c=20 with 0 errors", page: "dossier",
    check: (r) => r.c20.rps >= 150 && r.c20.errors === 0, value: (r) => `${r.c20.rps.toFixed(0)} req/s, ${r.c20.errors} error(s)`,
  },
];

export function evaluateTargets(run) {
  return TARGETS.map((t) => {
    const page = t.page ? run.pages.find((p) => p.key === t.page) : null;
    if (t.page && (!page || page.status !== "measured")) {
      return { ...t, ok: false, shown: page?.status === "not-built" ? "not built (404)" : `not measured${page?.message ? `: ${page.message}` : ""}` };
    }
    if (!t.page && !run.search) return { ...t, ok: false, shown: "not measured" };
    return { ...t, ok: t.check(page, run), shown: t.value(page, run) };
  });
}

const row = (cells) => `| ${cells.join(" | ")} |`;

function pagesTable(run) {
  const lines = [
    row(["Page", "Request", "c=1 p50", "c=1 p95", "c=1 req/s", "c=20 p50", "c=20 p95", "c=20 req/s", "errors (c=1+c=20)", "SQL floor p50", "SQL floor p95", "page ÷ floor (p50, c=1)", "page size (KiB)",
      "SQL statements per request", "request floor c=1 p95", "request floor c=20 req/s", "page ÷ floor throughput (c=20)", "page p95 ÷ floor p95 (c=1)"]),
    row(Array(18).fill("---")),
  ];
  for (const p of run.pages) {
    if (p.status !== "measured") {
      lines.push(row([p.label, `\`${p.path}\``, p.status === "not-built" ? "**not built yet (404)**" : `**not measured**: ${p.message}`, ...Array(15).fill("")]));
      continue;
    }
    const floor = p.floor?.total;
    const limit = p.limit;
    lines.push(row([
      p.label, `\`${p.path}\``, ms(p.c1.p50), ms(p.c1.p95), p.c1.rps.toFixed(0), ms(p.c20.p50), ms(p.c20.p95), p.c20.rps.toFixed(0),
      String(p.c1.errors + p.c20.errors), floor ? ms(floor.p50) : "–", floor ? ms(floor.p95) : "–",
      floor ? `${(p.c1.p50 / floor.p50).toFixed(1)}×` : "–", p.c1.kib === null ? "–" : p.c1.kib.toFixed(0),
      p.sql ? String(p.sql.statements) : "–", limit ? ms(limit.c1.p95) : "–", limit ? limit.c20.rps.toFixed(0) : "–",
      formatRatio(throughputRatio(p, limit)), formatRatio(p95Ratio(p, limit)),
    ]));
  }
  return lines.join("\n");
}

function limitSection(run) {
  const rows = evaluateLimitTargets(run.pages);
  const mark = (ok, value) => (value === null ? "not measured" : `${formatRatio(value)} ${ok ? "✅" : "❌"}`);
  const floorShare = run.pages.filter((p) => p.status === "measured" && p.limit).map((p) => {
    const share = Math.min(100, Math.round((100 * p.sql.sqlMs) / p.c1.p50));
    return `- ${p.label}: ${p.sql.statements} statements in ${p.sql.waves.length} sequential wave(s) (${p.sql.transactions} transaction(s)); ` +
      `a statement outstanding during ${ms(p.sql.sqlMs)} ms of the captured request (${share} % of the page's p50 at c=1, on the app's clock: ` +
      `it includes the time a result waited for the app's busy event loop); ` +
      `floor c=1 p50 ${ms(p.limit.c1.p50)} ms, c=${run.connections} p95 ${ms(p.limit.c20.p95)} ms${p.limit.c1.errors + p.limit.c20.errors ? `, **${p.limit.c1.errors + p.limit.c20.errors} replay error(s)**: ${p.limit.c1.firstError ?? p.limit.c20.firstError}` : ""}.`;
  });
  return `
## Close to the machine's limit (issue 24)

Pages against the floor of their own SQL, each floor measured right after its page in this run (the server idle meanwhile). Target: at c=${run.connections} a page serves at
least ${MIN_THROUGHPUT_RATIO}× its floor's throughput; at c=1 its p95 is at most ${MAX_P95_RATIO}× its floor's p95.

${row(["Page", "page ÷ floor throughput (c=20)", "page p95 ÷ floor p95 (c=1)"])}
${row(["---", "---", "---"])}
${rows.map((r) => row([r.label, mark(r.throughputOk, r.throughput), mark(r.p95Ok, r.p95)])).join("\n")}

${floorShare.join("\n")}
`;
}

function breakdown(page) {
  const calls = Object.entries(page.floor.calls).sort((a, b) => b[1].p50 - a[1].p50);
  return calls.map(([name, t]) => `\`${name}\` ${ms(t.p50)} ms (${t.rows.toLocaleString("en-US")} rows)`).join(", ");
}

function missedNotes(run, targets) {
  const notes = [];
  for (const t of targets.filter((x) => !x.ok)) {
    const page = t.page ? run.pages.find((p) => p.key === t.page) : null;
    if (t.page && page?.status === "not-built") {
      notes.push(`- **${t.label}**: missed, the page does not exist yet (issue 7); nothing to measure.`);
    } else if (page?.status === "measured" && page.floor) {
      const share = Math.min(100, Math.round((100 * page.floor.total.p50) / page.c1.p50));
      notes.push(`- **${t.label}**: missed (${t.shown}). SQL floor of the page: p50 ${ms(page.floor.total.p50)} ms, p95 ${ms(page.floor.total.p95)} ms ` +
        `(per domain call: ${breakdown(page)}). Replayed one after the other, the page's SQL takes ${share} % of the page's p50 at c=1; ` +
        `the rest is Node.js work (Prisma, React server rendering, the session check).` +
        `${t.key === "dossier-rps" ? ` At c=20, one \`next start\` process (one core for JavaScript), PostgreSQL and autocannon share the machine's ${run.machine.cores} cores.` : ""}`);
    } else if (t.key === "search-ratio" && run.search) {
      notes.push(`- **${t.label}**: missed. Our search SQL p95 ${ms(run.search.ours.p95)} ms vs naive ${ms(run.search.naive.p95)} ms ` +
        `(query plans of both in the search section above: the naive query reads every dossier of the structure, ours what the trigram index returns).`);
    } else {
      notes.push(`- **${t.label}**: missed (${t.shown}).`);
    }
  }
  return notes.length ? notes.join("\n") : "Every target is met on this run.";
}

/** The section `npm run bench:import` writes (scripts/bench-import.mjs): kept when the rest is rewritten. */
export const IMPORT_SECTION_START = "<!-- bench:import -->";
export const IMPORT_SECTION_END = "<!-- /bench:import -->";

function keptImportSection(file) {
  if (!fs.existsSync(file)) return "";
  const md = fs.readFileSync(file, "utf8");
  const start = md.indexOf(IMPORT_SECTION_START);
  const end = md.indexOf(IMPORT_SECTION_END);
  return start >= 0 && end > start ? `\n${md.slice(start, end + IMPORT_SECTION_END.length)}\n` : "";
}

export function writeReport(file, run) {
  const targets = evaluateTargets(run);
  const c = run.counts;
  const count = (t, k = "first") => (c[t]?.[k] ?? 0).toLocaleString("en-US");
  const dataRows = ["Usager", "FoyerMembre", "Entretien", "FicheLiaison", "FicheEvent", "Aide", "Accompagnement", "Orientation", "AuditLog", "User", "Structure"]
    .map((t) => row([t, c[t]?.first === undefined ? "–" : count(t), count(t, "all")])).join("\n");
  const pagesWithFloor = run.pages.filter((p) => p.status === "measured" && p.floor);
  const md = `# Benchmarks

Generated by \`npm run bench\` on ${run.date} (${run.durationS} s of load per measure, ${run.iterations} iterations per SQL
baseline). Do not edit by hand: rerun \`npm run seed:large -- --usagers 100000\` (once) and \`npm run bench\`.
${run.build === "stale" ? "\n> Build: **older than the sources** (`--no-build`): the figures are those of that build.\n" : ""}${run.scale ? `\n> ${run.scale}\n` : ""}${run.machine.busy ? `\n> The machine was busy before the run (load average ${run.machine.load} on ${run.machine.cores} cores): other processes competed for the CPU, latencies are inflated.\n` : ""}
## Machine

${row(["", ""])}
${row(["---", "---"])}
${row(["CPU", run.machine.cpu])}
${row(["RAM", run.machine.ram])}
${row(["OS", run.machine.os])}
${row(["Node.js", run.machine.node])}
${row(["PostgreSQL", run.machine.postgres])}
${row(["Next.js", run.machine.next])}
${row(["Load average before the run (1/5/15 min)", run.machine.load])}

Everything ran on this machine: \`next start\` (production build, one process), PostgreSQL (embedded with default
settings, or the server of \`BENCH_DATABASE_URL\`) and the load generator (autocannon) share its cores; requests travel over loopback.

## Data

${row(["Table", "CCAS Bench (measured structure)", "All structures"])}
${row(["---", "---:", "---:"])}
${dataRows}

- Signed in as the travailleuse sociale \`bench-ts@bench.passerelle.fr\` (real next-auth sessions over HTTP).
- Dossier page: the usager with the longest history, ${run.target.entretiens} entretiens (${run.target.timeline} timeline events).
- Search term \`${run.search?.term ?? "–"}\`: a typo'd prefix of « ${run.search?.source ?? "–"} »; our search finds ${run.search?.ourRows ?? "–"} dossier(s), the naive \`ILIKE\` ${run.search?.naiveRows ?? "–"}.
- Table page: sorted by last contact, status ACTIF, quartier « ${run.target.quartier} », page 3.

## Results (milliseconds)

${pagesTable(run)}

*c=1 / c=20*: concurrent connections of autocannon for ${run.durationS} s each, after a 3 s warm-up. Latency is the time to
the full response, measured by the client on loopback (server time plus a negligible loopback hop); only 200 answers count
as successes. *SQL floor*: the exact statements the page's domain calls send (captured from Prisma's query log by
\`scripts/lib/bench/capture-sql.ts\`), replayed with \`pg\` alone on one connection, sequentially.
*Request floor* (issue 24): every statement that one request of the page sent (taken from a \`next start\` of the same build
whose \`pg\` driver logs them, \`scripts/lib/bench/sql-capture-preload.mjs\`; the second of two requests, scheduled jobs off),
replayed by \`pg\` alone with the page's transactions and its parallel queries kept, through a pool of the app's size
(${run.poolSize} connections), by 1 client and by ${run.connections} clients for ${run.durationS} s each, like autocannon against the page. *SQL
statements per request* counts round trips (BEGIN and COMMIT included).
${limitSection(run)}
## Search: ours vs the naive ILIKE

${row(["Query (same structure, status ACTIF, 25 rows + count)", "p50", "p95"])}
${row(["---", "---:", "---:"])}
${row(["Passerelle: trigram word similarity on `searchName` (SQL of `listUsagers`)", ms(run.search?.ours.p50), ms(run.search?.ours.p95)])}
${row(["Naive: `nom ILIKE '%term%' OR prenom ILIKE '%term%'`", ms(run.search?.naive.p50), ms(run.search?.naive.p95)])}
${row(["Ratio naive ÷ ours (p95)", "", run.search ? `${run.search.ratio.toFixed(1)}×` : "–"])}

Query plans of the page query (EXPLAIN ANALYZE, one run):

\`\`\`
Passerelle (${ms(run.search?.plans.ours.ms)} ms)
${run.search?.plans.ours.lines.join("\n") ?? ""}

Naive (${ms(run.search?.plans.naive.ms)} ms)
${run.search?.plans.naive.lines.join("\n") ?? ""}
\`\`\`

## Targets (issue 9)

Latency targets are judged on the page at concurrency 1 (server time without queueing); the c=20 figures are above.

${row(["Target", "Measured", ""])}
${row(["---", "---", "---"])}
${targets.map((t) => row([t.label, t.shown, t.ok ? "✅" : "❌"])).join("\n")}

### Missed targets

${missedNotes(run, targets)}

## Where the SQL time goes (floor per domain call, p50)

${pagesWithFloor.map((p) => `- ${p.label}: ${breakdown(p)}`).join("\n")}
`;
  fs.writeFileSync(file, md + keptImportSection(file));
  return targets;
}
