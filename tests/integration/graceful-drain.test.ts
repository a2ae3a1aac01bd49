// Issue 23, fault tests: after SIGTERM the server kept serving a busy keep-alive connection for
// ~40 s. With the app's preload, a request in flight at the signal is answered, the busy
// connection is told to close, and the process exits instead of serving on.
import { spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function get(agent: http.Agent, port: number, p: string) {
  return new Promise<{ status: number; body: string; connection?: string }>((resolve, reject) => {
    http.get({ host: "127.0.0.1", port, path: p, agent }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode!, body, connection: res.headers.connection }));
    }).on("error", reject);
  });
}

describe("shutdown on SIGTERM", () => {
  it("answers the request in flight, closes busy keep-alive connections and exits", async () => {
    const child = spawn(process.execPath, ["--import", path.join(ROOT, "scripts/lib/client-ip-preload.mjs"), path.join(ROOT, "tests/fixtures/keep-alive-server.mjs")], {
      env: { ...process.env, SHUTDOWN_DRAIN_MS: "3000" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const port = await new Promise<number>((resolve) => child.stdout!.on("data", (d) => {
      const m = /port=(\d+)/.exec(String(d));
      if (m) resolve(Number(m[1]));
    }));
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect((await get(agent, port, "/")).body).toBe("ok");
      // A client that keeps its connection busy, as a browser tab or a proxy pool does.
      let done = false;
      const busy = (async () => {
        const answers: string[] = [];
        while (!done) {
          try {
            answers.push((await get(agent, port, "/")).connection ?? "");
          } catch {
            break; // the server is gone
          }
          await sleep(20);
        }
        return answers;
      })();
      const inFlight = get(new http.Agent({ keepAlive: true }), port, "/slow");
      await sleep(100);
      child.kill("SIGTERM");
      expect(await inFlight).toMatchObject({ status: 200, body: "ok" });
      const outcome = await Promise.race([exited.then(() => "exited"), sleep(20_000).then(() => "still serving")]);
      done = true;
      expect(outcome).toBe("exited");
      // Its connection was closed between two of its requests (or told to close): it stopped.
      expect((await busy).length).toBeGreaterThan(0);
    } finally {
      agent.destroy();
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  }, 60_000);
});
