// The production server under test: the same `next build` output that `npm start` serves,
// started with `next start` on a free loopback port against the bench database. Its output goes
// to a log file in .tmp/ so a failed request can be looked up afterwards.
import fs from "node:fs";
import path from "node:path";
import { execFileSync, spawn } from "node:child_process";
import { findFreePort } from "../embedded-db.mjs";
import { ROOT } from "../prisma-cli.mjs";
import { buildInputsHash, buildIsStale, nextBin, nextServerArgs, recordBuild, runNode, waitForHttp } from "../runtime-env.mjs";

const TMP = path.join(ROOT, ".tmp");

/** A fixed secret for benchmarks only: sessions signed with it live in the bench database only. */
export const BENCH_SECRET = "bench-secret-not-for-production-0123456789abcdef";

function otherBuildRunning() {
  try {
    return execFileSync("pgrep", ["-f", "next build"], { encoding: "utf8" }).trim().length > 0;
  } catch {
    return false;
  }
}

/**
 * Builds when the build is missing or made from other sources (buildIsStale), after waiting for
 * any other `next build` of this checkout. `allowStale` keeps an existing, older build.
 */
export async function ensureBuild({ databaseUrl, allowStale = false, log = console.log }) {
  const hasBuild = fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"));
  if (!buildIsStale()) return "up-to-date";
  if (allowStale && hasBuild) {
    log("Construction plus ancienne que le code : conservée (--no-build). Les chiffres valent pour cette construction.");
    return "stale";
  }
  while (otherBuildRunning()) {
    log("Une autre construction (next build) est en cours : attente…");
    await new Promise((r) => setTimeout(r, 5000));
  }
  log("Construction de production (next build)…");
  const inputs = buildInputsHash();
  const code = await runNode([nextBin, "build"], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_SECRET: BENCH_SECRET, DATABASE_URL: databaseUrl },
  });
  if (code !== 0) throw new Error("échec de la construction (next build)");
  recordBuild(inputs);
  return "rebuilt";
}

/**
 * Starts `next start`; resolves to { url, port, logFile, stop, exited }. `preload`: one more
 * module for `node --import` (the bench's SQL capture); `env`: added to the server's environment.
 */
export async function startApp({ databaseUrl, preferredPort = 3300, name = "bench", preload = null, env = {} }) {
  const port = await findFreePort(preferredPort);
  fs.mkdirSync(TMP, { recursive: true });
  const logFile = path.join(TMP, `${name}-next-${port}.log`);
  const out = fs.openSync(logFile, "w");
  const args = nextServerArgs("start", "-p", String(port), "-H", "127.0.0.1");
  const child = spawn(process.execPath, preload ? ["--import", preload, ...args] : args, {
    cwd: ROOT,
    env: {
      ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: BENCH_SECRET, NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn",
      // The bench and the load test read thousands of dossiers with a few accounts on purpose.
      DOSSIER_OPENINGS_LIMIT: process.env.DOSSIER_OPENINGS_LIMIT ?? "1000000",
      ...env,
    },
    stdio: ["ignore", out, out],
  });
  // 127.0.0.1 rather than localhost: no IPv6 detour, and Origin = Host for server actions.
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await exited;
    }
    fs.closeSync(out);
  };
  if (!(await waitForHttp(`${url}/api/health`, { timeoutMs: 90_000 }))) {
    await stop();
    throw new Error(`le serveur ne répond pas (journal : ${logFile})`);
  }
  return { url, port, logFile, stop, exited, child };
}
