// Issue 23, fault tests: `npm start` did not restart its embedded PostgreSQL when the postmaster
// died, and a later Ctrl-C then hung. A real embedded cluster is started here, its postmaster is
// killed with SIGKILL, and the supervisor must bring it back; stop() must never hang.
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-db.mjs";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** stop() settles, or the test fails with "hung" after a bound far above any normal stop. */
const settles = (p: Promise<unknown>) => Promise.race([p.then(() => "stopped"), sleep(30_000).then(() => "hung")]);

async function answers(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    return (await client.query("SELECT 1 AS one")).rows[0].one === 1;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const tmpDir = (name: string) => path.join(os.tmpdir(), `passerelle-supervision-${name}-${process.pid}-${Date.now()}`);

describe("embedded PostgreSQL of npm start", () => {
  it("is started again after its postmaster is killed, and then stops cleanly", async () => {
    const said: string[] = [];
    const server = await startEmbeddedPostgres({ dataDir: tmpDir("restart"), preferredPort: 0, persistent: false, supervise: { say: (l: string) => said.push(l) } });
    try {
      const url = server.url("postgres");
      expect(await answers(url)).toBe(true);
      const first = server.pid()!;
      process.kill(first, "SIGKILL");
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline && !(server.pid() && server.pid() !== first && (await answers(url)))) await sleep(250);
      expect(await answers(url)).toBe(true);
      expect(server.pid()).not.toBe(first);
      expect(said[0]).toMatch(/s'est arrêté \(SIGKILL\) : redémarrage/);
      expect(said).toContain("PostgreSQL embarqué redémarré.");
    } finally {
      expect(await settles(server.stop())).toBe("stopped");
    }
    expect(server.pid()).toBeNull();
  }, 120_000);

  it("stops at once when its postmaster is already gone (Ctrl-C after a crash never hangs)", async () => {
    const server = await startEmbeddedPostgres({ dataDir: tmpDir("dead"), preferredPort: 0, persistent: false });
    process.kill(server.pid()!, "SIGKILL");
    while (server.pid()) await sleep(50);
    expect(await settles(server.stop())).toBe("stopped");
  }, 120_000);
});
