// Rate limits live in PostgreSQL: two app instances are two independent callers of the same
// database, with no shared memory; the count must still add up, atomically.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);

import { hitRateLimit, peekRateLimit, type RatePolicy } from "@/lib/domain/rate-limit/counter";
import { DOWNLOADS_PER_USER, SIGN_IN_FAILURES_PER_EMAIL, SIGN_IN_FAILURES_PER_IP } from "@/lib/domain/rate-limit/policies";
import { recordSignInFailure, signInAllowed } from "@/lib/domain/rate-limit/sign-in";
import { purgeRateLimitsJob } from "@/lib/domain/rate-limit/jobs";
import { throttleSignIn } from "@/lib/security/sign-in-throttle";
import { GET as exportRoute } from "@/app/api/usagers/[id]/export/route";
import { GET as courrierRoute } from "@/app/api/orientations/[id]/courrier/route";
import { JOBS } from "@/lib/jobs/registry";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";

beforeEach(resetDb);

const POLICY: RatePolicy = { name: "essai", limit: 3, windowMs: 60_000 };
const t0 = new Date("2026-11-22T10:00:00Z");
const at = (s: number) => new Date(t0.getTime() + s * 1000);

describe("PostgreSQL rate-limit counter", () => {
  it("counts hits from two instances (two independent callers) together", async () => {
    const [a, b] = await Promise.all([hitRateLimit(POLICY, "x", t0), hitRateLimit(POLICY, "x", t0)]);
    expect([a.count, b.count].sort()).toEqual([1, 2]);
    expect((await hitRateLimit(POLICY, "x", at(1))).allowed).toBe(true);
    const fourth = await hitRateLimit(POLICY, "x", at(10));
    expect(fourth).toEqual({ allowed: false, count: 4, retryAfterS: 50 });
    // Another subject has its own count.
    expect((await hitRateLimit(POLICY, "y", at(10))).count).toBe(1);
  });

  it("never lets concurrent hits slip under the limit", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => hitRateLimit(POLICY, "burst", t0)));
    expect(results.map((r) => r.count).sort((p, q) => p - q)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
  });

  it("starts a new window once the previous one is over", async () => {
    for (let i = 0; i < 4; i++) await hitRateLimit(POLICY, "x", at(i));
    expect((await peekRateLimit(POLICY, "x", at(59))).allowed).toBe(false);
    expect(await peekRateLimit(POLICY, "x", at(60))).toEqual({ allowed: true, count: 0 });
    expect(await hitRateLimit(POLICY, "x", at(61))).toEqual({ allowed: true, count: 1 });
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: "essai:x" } });
    expect(row.windowStart).toEqual(at(61));
  });

  it("purges expired counters only, from a scheduled job", async () => {
    await hitRateLimit(POLICY, "old", t0);
    await hitRateLimit(POLICY, "new", at(50));
    expect(await purgeRateLimitsJob(at(70))).toEqual({ deleted: 1 });
    expect(await db.rateLimit.findMany({ select: { key: true } })).toEqual([{ key: "essai:new" }]);
    expect(JOBS.some((j) => j.name === "limites-debit-purge")).toBe(true);
  });
});

describe("sign-in throttling", () => {
  it("refuses an address after too many failures, whatever the e-mail, then lets it in again", async () => {
    for (let i = 0; i < SIGN_IN_FAILURES_PER_IP.limit; i++) {
      await recordSignInFailure({ email: `personne${i}@exemple.fr`, ip: "203.0.113.9", now: t0 });
    }
    const refused = await signInAllowed({ email: "autre@exemple.fr", ip: "203.0.113.9", now: at(60) });
    expect(refused).toMatchObject({ allowed: false, retryAfterS: 15 * 60 - 60 });
    expect((await signInAllowed({ email: "autre@exemple.fr", ip: "198.51.100.1", now: at(60) })).allowed).toBe(true);
    expect((await signInAllowed({ email: "autre@exemple.fr", ip: "203.0.113.9", now: at(15 * 60) })).allowed).toBe(true);
  });

  it("refuses an e-mail after too many failures from any address", async () => {
    for (let i = 0; i < SIGN_IN_FAILURES_PER_EMAIL.limit; i++) {
      await recordSignInFailure({ email: " Cible@Exemple.fr ", ip: `198.51.100.${i}`, now: t0 });
    }
    expect((await signInAllowed({ email: "cible@exemple.fr", ip: "192.0.2.1", now: t0 })).allowed).toBe(false);
    expect((await signInAllowed({ email: "cible@exemple.fr", ip: null, now: t0 })).allowed).toBe(false);
  });

  it("answers the credentials callback 429 with Retry-After before any password check", async () => {
    for (let i = 0; i < SIGN_IN_FAILURES_PER_IP.limit; i++) await recordSignInFailure({ email: "x@exemple.fr", ip: "203.0.113.50" });
    const request = (body: string, type: string) =>
      new Request("http://localhost:3000/api/auth/callback/credentials", {
        method: "POST",
        headers: { "content-type": type, "x-passerelle-client-ip": "203.0.113.50" },
        body,
      });
    const json = await throttleSignIn(request(JSON.stringify({ email: "y@exemple.fr", password: "p", json: "true" }), "application/json"), ["callback", "credentials"]);
    expect(json?.status).toBe(429);
    expect(Number(json?.headers.get("Retry-After"))).toBeGreaterThan(800);
    expect(new URL(((await json!.json()) as { url: string }).url).searchParams.get("error")).toBe("trop_de_tentatives");
    const form = await throttleSignIn(request("email=y%40exemple.fr&password=p", "application/x-www-form-urlencoded"), ["callback", "credentials"]);
    expect(form?.status).toBe(429);
    expect(await form!.text()).toContain("Trop de demandes en peu de temps");
    // Other next-auth routes and other addresses are not affected.
    expect(await throttleSignIn(request("", "text/plain"), ["signout"])).toBeNull();
    const elsewhere = new Request("http://localhost:3000/api/auth/callback/credentials", { method: "POST", headers: { "content-type": "application/json", "x-passerelle-client-ip": "192.0.2.77" }, body: "{}" });
    expect(await throttleSignIn(elsewhere, ["callback", "credentials"])).toBeNull();
  });
});

describe("download limits on route handlers", () => {
  it("answers 429 with a French page and Retry-After once a user exceeds the limit, on every download route", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
    actAs(w.actors.RESPONSABLE);
    const params = { params: Promise.resolve({ id: usager.id }) };
    const url = `http://localhost:3000/api/usagers/${usager.id}/export`;
    for (let i = 0; i < DOWNLOADS_PER_USER.limit; i++) {
      const ok = await exportRoute(new Request(url), { params: Promise.resolve({ id: usager.id }) });
      expect(ok.status).toBe(200);
    }
    const limited = await exportRoute(new Request(url), params);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(limited.headers.get("Cache-Control")).toBe("no-store");
    expect(await limited.text()).toMatch(/Trop de demandes en peu de temps : par sécurité, réessayez dans \d+ minutes?\./);
    const exports = await db.auditLog.count({ where: { action: "usager.export" } });
    expect(exports).toBe(DOWNLOADS_PER_USER.limit);
    // The courrier route shares the same per-user budget.
    const courrier = await courrierRoute(new Request("http://localhost:3000/api/orientations/x/courrier"), { params: Promise.resolve({ id: "00000000-0000-4000-8000-000000000000" }) });
    expect(courrier.status).toBe(429);
    // Another user is not affected.
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const other = await courrierRoute(new Request("http://localhost:3000/api/orientations/x/courrier"), { params: Promise.resolve({ id: "00000000-0000-4000-8000-000000000000" }) });
    expect(other.status).toBe(404);
  });
});
