// The du/au parameters shared by every list and the dashboard: a malformed day switches the
// filter off (never a 500), and the bounds are Paris midnights, whatever the offset.
import { describe, expect, it } from "vitest";
import { ZOptionalDay, dateColumnRange, instantRange, isIsoDay } from "@/lib/domain/shared/day-range";
import { parseDashboardParams } from "@/lib/domain/dashboard/period";
import { parseUsagerListParams } from "@/lib/domain/usagers/list-params";

describe("day parameters", () => {
  it("accepts real days only, and never throws", () => {
    for (const bad of ["2026-13-01", "2026-00-10", "2026-01-32", "2026-01-00", "2026-02-30", "1999-12-31", "2101-01-01", "26-01-01", "", "demain"]) {
      expect(isIsoDay(bad), bad).toBe(false);
      expect(ZOptionalDay.parse(bad), bad).toBe("");
    }
    expect(isIsoDay("2028-02-29")).toBe(true);
    expect(parseUsagerListParams({ creeDu: "2026-13-01", actifAu: "2026-01-32" })).toMatchObject({ creeDu: "", actifAu: "" });
    expect(parseDashboardParams({ periode: "perso", du: "2026-13-01", au: "2026-12-31" }).error).toMatch(/invalide/);
  });

  it("bounds timestamps at Paris midnights and calendar dates at UTC midnights", () => {
    // Winter (+01:00) then summer (+02:00).
    expect(instantRange("2026-03-01", "2026-03-31")).toEqual({ gte: new Date("2026-02-28T23:00:00Z"), lt: new Date("2026-03-31T22:00:00Z") });
    expect(instantRange("", "2026-10-24")).toEqual({ lt: new Date("2026-10-24T22:00:00Z") });
    expect(instantRange("", "")).toBeNull();
    expect(dateColumnRange("2026-11-01", "2026-11-30")).toEqual({ gte: new Date("2026-11-01T00:00:00Z"), lt: new Date("2026-12-01T00:00:00Z") });
  });
});
