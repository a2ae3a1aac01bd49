// Loaded with `node --import` into the capture server of `npm run bench` only (never into the
// measured server nor `npm start`): every statement the app sends through `pg` (what Prisma's
// driver adapter and $queryRaw use) is appended as one JSON line to BENCH_SQL_CAPTURE_FILE, with
// the connection it went through and when it started and ended. The bench then knows exactly
// what one request of a page costs PostgreSQL, including what the layout, the session check and
// the audit row add, and which statements the app had in flight at the same time.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const file = process.env.BENCH_SQL_CAPTURE_FILE;
if (file) {
  // The app loads `pg` from the project's node_modules (serverExternalPackages): the same module.
  const pg = createRequire(path.join(process.cwd(), "package.json"))("pg");
  const fd = fs.openSync(file, "a");
  const connections = new WeakMap();
  let nextConnection = 1;
  let seq = 0;
  // Values as the driver received them; bytes and bigints survive JSON (see replay-plan.mjs).
  const encode = (value) =>
    value instanceof Uint8Array ? { $bytes: Buffer.from(value).toString("base64") } : typeof value === "bigint" ? { $bigint: String(value) } : value;
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function capturedQuery(config, values, callback) {
    if (config == null || typeof config.submit === "function") return original.call(this, config, values, callback);
    if (!connections.has(this)) connections.set(this, nextConnection++);
    const text = typeof config === "string" ? config : config.text;
    const args = (Array.isArray(values) ? values : config.values) ?? [];
    const entry = { seq: seq++, conn: connections.get(this), t0: performance.now(), text, values: args.map(encode) };
    const done = (error) => {
      entry.t1 = performance.now();
      if (error) entry.error = String(error.message ?? error);
      fs.writeSync(fd, `${JSON.stringify(entry, (_k, v) => (typeof v === "bigint" ? String(v) : v))}\n`);
    };
    const cb = typeof values === "function" ? values : callback;
    if (cb) {
      const wrapped = (error, result) => {
        done(error);
        cb(error, result);
      };
      return typeof values === "function" ? original.call(this, config, wrapped) : original.call(this, config, values, wrapped);
    }
    return original.call(this, config, values).then(
      (result) => {
        done(null);
        return result;
      },
      (error) => {
        done(error);
        throw error;
      },
    );
  };
}
