// From the statements one request of a page sent (sql-capture-preload.mjs) to the plan the floor
// replays: the same statements, in the same transactions, with the same overlap. Pure: no I/O.
//
// - A unit is one statement sent outside a transaction, or a whole transaction (BEGIN … COMMIT or
//   ROLLBACK on one connection), replayed on one connection of the pool.
// - A wave is a set of units the app had in flight at the same time (Promise.all of the layout,
//   parallel cards): replayed side by side. Waves follow each other, as the app's awaits do.
// So the floor keeps the page's round trips and its parallelism, and drops everything else.

const TX_START = /^\s*(BEGIN|START\s+TRANSACTION)\b/i;
const TX_END = /^\s*(COMMIT|ROLLBACK|END)\b\s*;?\s*$/i;

/** Values back from their JSON form: bytes as a Buffer, bigints as the text PostgreSQL parses. */
export function decodeValue(value) {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    if (typeof value.$bytes === "string") return Buffer.from(value.$bytes, "base64");
    if (typeof value.$bigint === "string") return value.$bigint;
  }
  return Array.isArray(value) ? value.map(decodeValue) : value;
}

/**
 * Units in the order the app started them. Statements that failed in the app are left out
 * (replayed, they would fail again and count as errors of the floor); they are counted.
 */
export function toUnits(entries) {
  const units = [];
  const open = new Map();
  let failed = 0;
  for (const e of [...entries].sort((a, b) => a.seq - b.seq)) {
    if (e.error) {
      failed++;
      continue;
    }
    const statement = { text: e.text, values: (e.values ?? []).map(decodeValue) };
    const tx = open.get(e.conn);
    if (TX_START.test(e.text) && !tx) {
      const unit = { transaction: true, statements: [], end: "COMMIT", t0: e.t0, t1: e.t1 };
      open.set(e.conn, unit);
      units.push(unit);
    } else if (tx && TX_END.test(e.text)) {
      tx.end = /^\s*ROLLBACK/i.test(e.text) ? "ROLLBACK" : "COMMIT";
      tx.t1 = e.t1;
      open.delete(e.conn);
    } else if (tx) {
      tx.statements.push(statement);
      tx.t1 = e.t1;
    } else {
      units.push({ transaction: false, statements: [statement], t0: e.t0, t1: e.t1 });
    }
  }
  return { units, failed };
}

/** Groups units whose [t0, t1] intervals overlap (directly or through another one) into waves. */
export function toWaves(units) {
  const waves = [];
  let current = null;
  let end = -Infinity;
  for (const unit of [...units].sort((a, b) => a.t0 - b.t0)) {
    if (current && unit.t0 < end) {
      current.push(unit);
      end = Math.max(end, unit.t1);
    } else {
      current = [unit];
      waves.push(current);
      end = unit.t1;
    }
  }
  return waves;
}

/**
 * The replay plan of one request: { waves, statements, transactions, failed, sqlMs }. statements
 * counts what reached PostgreSQL (BEGIN and COMMIT included, as round trips); sqlMs is the time
 * at least one statement was in flight during the captured request, the app's own SQL wait.
 */
export function planReplay(entries) {
  const { units, failed } = toUnits(entries);
  const waves = toWaves(units);
  const transactions = units.filter((u) => u.transaction).length;
  const statements = units.reduce((n, u) => n + u.statements.length, 0) + 2 * transactions;
  const sqlMs = waves.reduce((sum, wave) => sum + Math.max(...wave.map((u) => u.t1)) - Math.min(...wave.map((u) => u.t0)), 0);
  return { waves, statements, transactions, failed, sqlMs };
}
