// X-Forwarded-For is believed only from the configured proxies (issue 23, finding 2). Real HTTP:
// a server started with the preload `npm start` uses echoes the headers Next.js would receive;
// those headers then feed the per-address sign-in limit and the audit log.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { db, resetDb } from "../helpers/db";
import { makeWorld } from "../helpers/factories";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { recordSignInFailure, signInAllowed } from "@/lib/domain/rate-limit/sign-in";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { parseTrustedProxies, resolveClientIp } from "@/lib/security/trusted-proxies.mjs";
import { SIGN_IN_FAILURES_PER_IP } from "@/lib/domain/rate-limit/policies";

const PRELOAD = path.resolve("scripts/lib/client-ip-preload.mjs");
const ECHO = `import http from "node:http"; const s = http.createServer((q, r) => r.end(JSON.stringify(q.headers))); s.listen(0, "127.0.0.1", () => console.log(s.address().port));`;
const children: ChildProcess[] = [];

async function echoServer(trusted: string | undefined) {
  const child = spawn(process.execPath, ["--import", PRELOAD, "--input-type=module", "-e", ECHO], {
    env: { ...process.env, TRUSTED_PROXIES: trusted ?? "" }, stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  const port = await new Promise<number>((resolve) => child.stdout!.once("data", (d) => resolve(Number(String(d).trim()))));
  return async (headers: Record<string, string>) => {
    const res = await fetch(`http://127.0.0.1:${port}/`, { headers });
    const seen = (await res.json()) as Record<string, string>;
    return clientIpFrom((name) => seen[name] ?? null);
  };
}
afterAll(() => children.forEach((c) => c.kill()));
beforeEach(resetDb);

describe("the client address", () => {
  it("the resolver: none, a hop count, a list of addresses and CIDR blocks", () => {
    const none = parseTrustedProxies(undefined);
    expect(resolveClientIp("::ffff:198.51.100.7", "203.0.113.9", none)).toBe("198.51.100.7");
    expect(resolveClientIp("10.0.0.2", "203.0.113.9, 198.51.100.7", parseTrustedProxies("1"))).toBe("198.51.100.7");
    expect(resolveClientIp("10.0.0.2", "203.0.113.9, 198.51.100.7, 10.0.0.1", parseTrustedProxies("2"))).toBe("198.51.100.7");
    const list = parseTrustedProxies("10.0.0.0/8, ::1");
    expect(resolveClientIp("::1", "203.0.113.9, 198.51.100.7, 10.4.5.6", list)).toBe("198.51.100.7");
    expect(resolveClientIp("192.0.2.1", "203.0.113.9", list)).toBe("192.0.2.1");
    expect(resolveClientIp("::1", "pas une ip", list)).toBeNull();
    expect(() => parseTrustedProxies("nginx")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/TRUSTED_PROXIES/);
  });

  it("without a trusted proxy, a spoofed X-Forwarded-For neither escapes the per-address limit nor reaches the audit log", async () => {
    const ipOf = await echoServer(undefined);
    const w = await makeWorld();
    for (let i = 0; i < SIGN_IN_FAILURES_PER_IP.limit; i++) {
      const ip = await ipOf({ "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": "192.0.2.9", "x-passerelle-client-ip": "192.0.2.10" });
      expect(ip).toBe("127.0.0.1");
      await recordSignInFailure({ email: `inconnu${i}@exemple.fr`, ip });
    }
    const next = await ipOf({ "x-forwarded-for": "198.51.100.200" });
    expect((await signInAllowed({ email: "autre@exemple.fr", ip: next })).allowed).toBe(false);
    await db.$transaction((tx) => writeAudit(tx, { ...w.actors.RESPONSABLE, ip: next }, { action: "usager.export", entityType: "Usager" }));
    const rows = await db.auditLog.findMany({ select: { ip: true } });
    expect(rows.map((r) => r.ip)).toEqual(["127.0.0.1"]);
  });

  it("with a trusted proxy configured, the address it added is used, not the one the client sent", async () => {
    const byList = await echoServer("127.0.0.1");
    expect(await byList({ "x-forwarded-for": "203.0.113.9, 198.51.100.7" })).toBe("198.51.100.7");
    expect(await byList({})).toBe("127.0.0.1");
    const byHops = await echoServer("2");
    expect(await byHops({ "x-forwarded-for": "203.0.113.9, 198.51.100.7, 10.0.0.1" })).toBe("198.51.100.7");
  });
});
