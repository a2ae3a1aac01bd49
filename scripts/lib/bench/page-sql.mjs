// What one request of each page sends to PostgreSQL, taken from the production build itself: a
// `next start` of the same build with sql-capture-preload.mjs (and the scheduled jobs off, so
// that nothing else queries), each page requested twice, the statements of the second request
// kept (the first one warms what a running service has warm: caches, compiled routes).
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../prisma-cli.mjs";
import { startApp } from "./server.mjs";
import { getPage } from "./session.mjs";

const PRELOAD = path.join(ROOT, "scripts", "lib", "bench", "sql-capture-preload.mjs");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until the file has stopped growing for `quietMs` (work the page left running ends). */
async function settle(file, { quietMs = 250, maxMs = 3000 } = {}) {
  const start = Date.now();
  let size = fs.statSync(file).size;
  let since = Date.now();
  while (Date.now() - start < maxMs) {
    await sleep(50);
    const now = fs.statSync(file).size;
    if (now !== size) {
      size = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) break;
  }
  return size;
}

function readEntries(file, from, to) {
  const fd = fs.openSync(file, "r");
  try {
    const buffer = Buffer.alloc(to - from);
    fs.readSync(fd, buffer, 0, buffer.length, from);
    return buffer.toString("utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Starts the capture server. Resolves to { url, capture(path, cookie), stop }: capture resolves to
 * { status, body, entries }, the statements of the second of two requests of the page.
 */
export async function startCaptureServer({ databaseUrl }) {
  const file = path.join(ROOT, ".tmp", `bench-sql-${process.pid}.jsonl`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, "");
  const app = await startApp({ databaseUrl, name: "bench-capture", preferredPort: 3310, preload: PRELOAD, env: { BENCH_SQL_CAPTURE_FILE: file, SCHEDULED_JOBS: "off" } });
  return {
    url: app.url,
    async capture(pagePath, cookie) {
      await getPage(app.url, pagePath, cookie);
      const from = await settle(file);
      const res = await getPage(app.url, pagePath, cookie);
      const to = await settle(file);
      return { ...res, entries: readEntries(file, from, to) };
    },
    async stop() {
      await app.stop();
      fs.rmSync(file, { force: true });
    },
  };
}
