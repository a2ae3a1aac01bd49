// The pure parts of the bench's request floor (issue 24): how a captured request becomes a replay
// plan (transactions kept on one connection, parallel queries kept side by side), the ratios and
// their targets, and the percentile the figures use. No timing is asserted (decision 0004).
import { describe, expect, it } from "vitest";
import { decodeValue, planReplay, toUnits, toWaves } from "../../scripts/lib/bench/replay-plan.mjs";
import { evaluateLimitTargets, formatRatio, p95Ratio, throughputRatio } from "../../scripts/lib/bench/ratios.mjs";
import { percentile } from "../../scripts/lib/bench/stats.mjs";

type Entry = { seq: number; conn: number; t0: number; t1: number; text: string; values?: unknown[]; error?: string };
let seq = 0;
const q = (conn: number, t0: number, t1: number, text: string, values: unknown[] = []): Entry => ({ seq: seq++, conn, t0, t1, text, values });

describe("replay plan of a captured request", () => {
  it("keeps a transaction on its connection, with its end, apart from statements of other connections", () => {
    const entries = [
      q(1, 0, 1, "BEGIN"),
      q(2, 0.5, 2, 'SELECT 1 FROM "User" WHERE id = $1', ["u"]),
      q(1, 1, 3, "SET LOCAL pg_trgm.word_similarity_threshold = 0.4"),
      q(1, 3, 5, 'SELECT * FROM "Usager" WHERE "searchName" %> $1', ["dupon"]),
      q(1, 5, 6, "COMMIT"),
    ];
    const { units, failed } = toUnits(entries);
    expect(failed).toBe(0);
    expect(units).toHaveLength(2);
    expect(units[0]).toMatchObject({ transaction: true, end: "COMMIT", t0: 0, t1: 6 });
    expect(units[0]!.statements.map((s) => s.text)).toEqual([
      "SET LOCAL pg_trgm.word_similarity_threshold = 0.4",
      'SELECT * FROM "Usager" WHERE "searchName" %> $1',
    ]);
    expect(units[1]).toMatchObject({ transaction: false, statements: [{ values: ["u"] }] });
  });

  it("replays a rolled-back transaction as a rollback", () => {
    const { units } = toUnits([q(3, 0, 1, "BEGIN"), q(3, 1, 2, "UPDATE x SET y = 1"), q(3, 2, 3, "ROLLBACK")]);
    expect(units[0]!.end).toBe("ROLLBACK");
  });

  it("leaves out the statements that failed in the app, and counts them", () => {
    const failing = { ...q(1, 0, 1, "SELECT broken"), error: "syntax error" };
    const { units, failed } = toUnits([failing, q(1, 1, 2, "SELECT 1")]);
    expect(failed).toBe(1);
    expect(units).toHaveLength(1);
  });

  it("groups what was in flight together into one wave, and what followed into the next", () => {
    const units = [
      { t0: 0, t1: 2 },
      { t0: 1, t1: 4 }, // overlaps the first
      { t0: 3, t1: 5 }, // overlaps the second only: same wave
      { t0: 6, t1: 7 }, // after all of them
      { t0: 7, t1: 8 }, // starts exactly when the previous ends: awaited, a new wave
    ];
    expect(toWaves(units).map((w) => w.length)).toEqual([3, 1, 1]);
  });

  it("counts round trips (BEGIN and COMMIT included) and the time some SQL was in flight", () => {
    const plan = planReplay([
      q(1, 0, 2, 'SELECT * FROM "UserSession" WHERE id = $1'),
      q(1, 3, 4, "SELECT 1"),
      q(2, 3.5, 6, "SELECT 2"),
      q(1, 10, 11, "BEGIN"),
      q(1, 11, 12, "INSERT INTO \"AuditLog\" (action) VALUES ($1)", ["usager.read"]),
      q(1, 12, 13, "COMMIT"),
    ]);
    expect(plan.statements).toBe(6);
    expect(plan.transactions).toBe(1);
    expect(plan.waves.map((w) => w.length)).toEqual([1, 2, 1]);
    expect(plan.sqlMs).toBe(2 + 3 + 3);
  });

  it("gives bytes and bigints back from their JSON form", () => {
    expect(decodeValue({ $bytes: Buffer.from("abc").toString("base64") })).toEqual(Buffer.from("abc"));
    expect(decodeValue({ $bigint: "9007199254740993" })).toBe("9007199254740993");
    expect(decodeValue([{ $bigint: "1" }, "x"])).toEqual(["1", "x"]);
    expect(decodeValue({ a: 1 })).toEqual({ a: 1 });
  });
});

describe("page ÷ floor ratios", () => {
  const page = { key: "dossier", label: "Dossier", status: "measured", c1: { p95: 150 }, c20: { rps: 7 } };
  const limit = { c1: { p95: 50 }, c20: { rps: 28 } };

  it("divides the page's c=20 throughput and c=1 p95 by the floor's", () => {
    expect(throughputRatio(page, limit)).toBe(0.25);
    expect(p95Ratio(page, limit)).toBe(3);
    expect(throughputRatio(page, null)).toBeNull();
    expect(p95Ratio(page, { c1: { p95: 0 } })).toBeNull();
  });

  it("judges issue 24's targets per page, a page not measured failing them", () => {
    const rows = evaluateLimitTargets([
      { ...page, limit },
      { key: "recherche", label: "Search", status: "measured", c1: { p95: 30 }, c20: { rps: 40 }, limit: { c1: { p95: 20 }, c20: { rps: 60 } } },
      { key: "tableau", label: "Table", status: "error" },
    ]);
    expect(rows.map((r) => [r.key, r.throughputOk, r.p95Ok])).toEqual([
      ["dossier", false, false],
      ["recherche", true, true],
      ["tableau", false, false],
      ["fiches", false, false],
    ]);
  });

  it("formats ratios for the table", () => {
    expect(formatRatio(0.254)).toBe("0.25×");
    expect(formatRatio(12.34)).toBe("12.3×");
    expect(formatRatio(null)).toBe("–");
  });
});

describe("percentile by nearest rank", () => {
  it("takes the sample a reader would", () => {
    const samples = Array.from({ length: 200 }, (_, i) => 200 - i);
    expect(percentile(samples, 95)).toBe(190);
    expect(percentile(samples, 50)).toBe(100);
    expect(percentile([], 95)).toBeNull();
  });
});
