// Baselines measured beside the pages: (1) the floor, i.e. the exact SQL each page's domain
// calls send (captured by capture-sql.ts), replayed with `pg` alone; (2) the naive search that
// peer tools use, ILIKE '%term%' on the raw nom and prénom columns. Sequential, on one
// connection, many iterations: p50/p95 of what PostgreSQL and the driver cost, nothing else.
import path from "node:path";
import { spawn } from "node:child_process";
import pg from "pg";
import { ROOT } from "../prisma-cli.mjs";
import { percentile } from "./stats.mjs";

/** Runs capture-sql.ts against the bench database; resolves to { pages, search }. */
export function captureDomainSql({ databaseUrl, secret, input }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/lib/bench/capture-sql.ts"), JSON.stringify(input)], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret, NODE_ENV: "production", LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`capture du SQL : ${err.trim() || code}`))));
  });
}

/**
 * Prisma logs COMMIT but not BEGIN: a run of statements ending with COMMIT was a transaction
 * (e.g. SET LOCAL + search), so it is replayed inside BEGIN … COMMIT; the rest autocommits.
 */
export function toSegments(statements) {
  const segments = [];
  let current = [];
  for (const s of statements) {
    if (s.text.trim() === "COMMIT") {
      segments.push({ transaction: true, statements: current });
      current = [];
    } else current.push(s);
  }
  if (current.length) segments.push({ transaction: false, statements: current });
  return segments;
}

/** Runs the segments; resolves to the number of rows the statements returned. */
async function runSegments(client, segments) {
  let rows = 0;
  for (const seg of segments) {
    if (seg.transaction) await client.query("BEGIN");
    for (const s of seg.statements) rows += (await client.query(s.text, s.values)).rows.length;
    if (seg.transaction) await client.query("COMMIT");
  }
  return rows;
}

/**
 * Times each call of a page (e.g. session, listUsagers, quartiers) and their sum, `iterations`
 * times after a warm-up. Returns { total: {p50, p95}, calls: {name: {p50, p95}} } in ms.
 */
export async function timeCalls(client, calls, { iterations, warmup = 10 }) {
  const prepared = Object.entries(calls).map(([name, statements]) => [name, toSegments(statements)]);
  const totals = [];
  const perCall = Object.fromEntries(prepared.map(([name]) => [name, []]));
  // Rows sent back to the app by each call: a call that returns thousands is visible at once.
  const rows = {};
  for (let i = 0; i < warmup + iterations; i++) {
    let sum = 0;
    for (const [name, segments] of prepared) {
      const t0 = performance.now();
      rows[name] = await runSegments(client, segments);
      const dt = performance.now() - t0;
      sum += dt;
      if (i >= warmup) perCall[name].push(dt);
    }
    if (i >= warmup) totals.push(sum);
  }
  const summary = (xs) => ({ p50: percentile(xs, 50), p95: percentile(xs, 95) });
  return {
    total: summary(totals),
    calls: Object.fromEntries(Object.entries(perCall).map(([name, xs]) => [name, { ...summary(xs), rows: rows[name] }])),
  };
}

/**
 * The naive search of the same page: same structure, same status filter, same page size and a
 * count for the pager, but ILIKE '%term%' on the raw columns (no accent folding, no typo
 * tolerance, no usable index: a sequential scan of the structure's dossiers).
 */
export function naiveSearchCalls({ structureId, term }) {
  const pattern = `%${term}%`;
  const where = `u."structureId" = $1::uuid AND u.status = 'ACTIF'::"UsagerStatus" AND (u.nom ILIKE $2 OR u.prenom ILIKE $2)`;
  return {
    naive: [
      {
        text: `SELECT u.id, u."numeroDossier", u.nom, u.prenom, u."dateNaissance", u.quartier, u."lastContactAt", u.status
               FROM "Usager" u WHERE ${where} ORDER BY u.nom, u.prenom, u.id LIMIT 25`,
        values: [structureId, pattern],
      },
      { text: `SELECT count(*) AS total FROM "Usager" u WHERE ${where}`, values: [structureId, pattern] },
    ],
  };
}

/** The statements of our search proper: the transaction of listUsagers (SET LOCAL, page, count). */
export function ourSearchCalls(listUsagersStatements) {
  const end = listUsagersStatements.findIndex((s) => s.text.trim() === "COMMIT");
  return { recherche: listUsagersStatements.slice(0, end + 1) };
}

/**
 * EXPLAIN ANALYZE of the first SELECT of `calls`, in its transaction (SET LOCAL applies),
 * summed up as one line per plan node: what PostgreSQL did for it and how many rows it touched.
 */
export async function explainFirstSelect(client, calls) {
  const segments = toSegments(Object.values(calls)[0]);
  const seg = segments[0];
  const index = seg.statements.findIndex((s) => /^\s*SELECT/i.test(s.text));
  await client.query("BEGIN");
  try {
    for (const s of seg.statements.slice(0, index)) await client.query(s.text, s.values);
    const target = seg.statements[index];
    const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${target.text}`, target.values);
    const lines = [];
    const walk = (node, depth) => {
      const on = node["Index Name"] ? ` using ${node["Index Name"]}` : node["Relation Name"] ? ` on ${node["Relation Name"]}` : "";
      const removed = node["Rows Removed by Filter"] ? `, ${node["Rows Removed by Filter"]} removed by filter` : "";
      lines.push(`${"  ".repeat(depth)}${node["Node Type"]}${on}: ${node["Actual Rows"]} row(s)${removed}`);
      for (const child of node.Plans ?? []) walk(child, depth + 1);
    };
    const plan = rows[0]["QUERY PLAN"][0];
    walk(plan.Plan, 0);
    return { lines, ms: plan["Execution Time"] };
  } finally {
    await client.query("ROLLBACK");
  }
}

/** Rows each search finds for the term, to show what the naive one misses. */
export async function countMatches(client, calls) {
  const segments = toSegments(Object.values(calls)[0]);
  let rows = null;
  for (const seg of segments) {
    if (seg.transaction) await client.query("BEGIN");
    for (const s of seg.statements) {
      const r = await client.query(s.text, s.values);
      if (r.rows[0] && "total" in r.rows[0]) rows = Number(r.rows[0].total);
    }
    if (seg.transaction) await client.query("COMMIT");
  }
  return rows;
}

export const connect = async (url) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
};
