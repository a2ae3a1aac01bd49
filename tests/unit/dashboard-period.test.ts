import { describe, expect, it } from "vitest";
import { filterOf, parseDashboardParams, presetDays } from "@/lib/domain/dashboard/period";
import { maskSmallCount } from "@/lib/domain/dashboard/mask";

const now = new Date("2026-11-20T12:00:00Z");

describe("dashboard period presets (Paris calendar days)", () => {
  it.each([
    ["mois", "2026-11-01", "2026-11-30"],
    ["30j", "2026-10-22", "2026-11-20"],
    ["trimestre", "2026-10-01", "2026-12-31"],
    ["annee", "2026-01-01", "2026-12-31"],
  ] as const)("%s", (preset, du, au) => {
    expect(presetDays(preset, "2026-11-20")).toEqual({ du, au });
    expect(parseDashboardParams({ periode: preset }, now)).toMatchObject({ periode: preset, du, au, site: "", error: null });
  });

  it("February of a leap year and the first quarter", () => {
    expect(presetDays("mois", "2028-02-10")).toEqual({ du: "2028-02-01", au: "2028-02-29" });
    expect(presetDays("trimestre", "2026-02-10")).toEqual({ du: "2026-01-01", au: "2026-03-31" });
  });

  it("a custom period, and a malformed one falls back to this month with a message", () => {
    expect(parseDashboardParams({ periode: "perso", du: "2026-03-01", au: "2026-03-15" }, now)).toMatchObject({ periode: "perso", du: "2026-03-01", au: "2026-03-15", error: null });
    for (const bad of [{ du: "2026-03-15", au: "2026-03-01" }, { du: "2026-02-30", au: "2026-03-01" }, { du: "", au: "" }, { du: "x", au: "2026-01-01" }]) {
      const p = parseDashboardParams({ periode: "perso", ...bad }, now);
      expect(p).toMatchObject({ periode: "mois", du: "2026-11-01", au: "2026-11-30" });
      expect(p.error).toMatch(/Période personnalisée invalide/);
    }
    expect(parseDashboardParams({ periode: "n'importe", site: "pas-un-uuid" }, now)).toMatchObject({ periode: "mois", site: "" });
  });

  it("turns days into Paris midnights, the last day included", () => {
    const f = filterOf({ du: "2026-03-01", au: "2026-03-31", site: "" });
    expect(f.from.toISOString()).toBe("2026-02-28T23:00:00.000Z");
    // Summer time starts on 29/03: 1 April 00:00 Paris is 31/03 22:00 UTC.
    expect(f.to.toISOString()).toBe("2026-03-31T22:00:00.000Z");
    expect(f.siteId).toBeNull();
  });
});

describe("small-count masking", () => {
  it("shows any count under 5 as « < 5 »", () => {
    expect([0, 1, 4, 5, 12].map(maskSmallCount)).toEqual(["< 5", "< 5", "< 5", 5, 12]);
  });
});

describe("segments: whole Paris months and the edge days", () => {
  it("splits a period", async () => {
    const { segmentsOf } = await import("@/lib/domain/shared/period-segments");
    const year = segmentsOf(filterOf({ du: "2026-01-01", au: "2026-12-31", site: "" }));
    expect(year).toEqual({ years: { from: 2026, to: 2027 }, months: [], raw: [] });
    const cut = segmentsOf(filterOf({ du: "2026-10-22", au: "2026-12-05", site: "" }));
    expect(cut.years).toBeNull();
    expect(cut.months).toEqual([{ from: "2026-11-01", to: "2026-12-01" }]);
    expect(cut.raw.map((r) => [r.from.toISOString(), r.to.toISOString()])).toEqual([
      ["2026-10-21T22:00:00.000Z", "2026-10-31T23:00:00.000Z"],
      ["2026-11-30T23:00:00.000Z", "2026-12-05T23:00:00.000Z"],
    ]);
    const inside = segmentsOf(filterOf({ du: "2026-11-03", au: "2026-11-20", site: "" }));
    expect(inside.months).toEqual([]);
    const long = segmentsOf(filterOf({ du: "2024-11-15", au: "2026-02-28", site: "" }));
    expect(long.years).toEqual({ from: 2025, to: 2026 });
    expect(long.months).toEqual([{ from: "2024-12-01", to: "2025-01-01" }, { from: "2026-01-01", to: "2026-03-01" }]);
    expect(long.raw).toHaveLength(1);
    expect(inside.raw).toHaveLength(1);
  });
});
