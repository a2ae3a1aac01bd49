// The proxy's database breaker: answers "down" only after a probe failed, never blocks a request
// on a probe, and comes back by itself once a probe succeeds.
import { describe, expect, it, vi } from "vitest";
import pg from "pg";
import { databaseLooksDown, isDatabaseUnreachable, noteDatabaseFailure, unavailableResponse } from "@/lib/availability/database-breaker";

const UNREACHABLE = "postgresql://passerelle:x@127.0.0.1:1/nowhere";

describe("database breaker", () => {
  it("says down after a failed probe, and up again after a successful one", async () => {
    expect(databaseLooksDown(UNREACHABLE, 1_000_000_000_000)).toBe(false); // first call: probe started, not awaited
    await vi.waitFor(() => expect(databaseLooksDown(UNREACHABLE, 1_000_000_000_001)).toBe(true));
    const up = process.env.DATABASE_URL!;
    databaseLooksDown(up, Date.now() + 10_000);
    await vi.waitFor(() => expect(databaseLooksDown(up, Date.now() - 10_000)).toBe(false));
  });

  it("trips at once on a request that found the database gone, not on a wrong query; the next probe reopens", async () => {
    const refused = new pg.Client({ connectionString: UNREACHABLE, connectionTimeoutMillis: 2_000 });
    const connectError = await refused.connect().then(() => null, (e: unknown) => e);
    expect(isDatabaseUnreachable(connectError)).toBe(true);
    expect(isDatabaseUnreachable(Object.assign(new Error("wrapped"), { cause: connectError }))).toBe(true);
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const queryError = await client.query("SELECT * FROM table_qui_n_existe_pas").then(() => null, (e: unknown) => e);
    await client.end();
    expect(isDatabaseUnreachable(queryError)).toBe(false);
    const up = process.env.DATABASE_URL!;
    const now = Date.now() + 60_000;
    expect(noteDatabaseFailure(queryError, now)).toBe(false);
    expect(noteDatabaseFailure(connectError, now)).toBe(true);
    expect(databaseLooksDown(up, now + 10)).toBe(true); // no probe yet: still down
    databaseLooksDown(up, now + 1_000); // the probe is due a second later
    await vi.waitFor(() => expect(databaseLooksDown(up, now + 1_001)).toBe(false));
  });

  it("gives nothing to probe without a database URL", () => {
    expect(databaseLooksDown(undefined)).toBe(false);
  });

  it("answers a French 503 page, or JSON for the API, with Retry-After", async () => {
    const page = unavailableResponse("/usagers");
    expect(page.status).toBe(503);
    expect(page.headers.get("Retry-After")).toBe("5");
    expect(await page.text()).toContain("Service momentanément indisponible");
    const api = unavailableResponse("/api/usagers/x/export");
    expect(api.status).toBe(503);
    expect((await api.json()).error).toMatch(/indisponible/);
  });
});
