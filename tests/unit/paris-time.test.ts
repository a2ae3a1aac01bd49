import { describe, expect, it } from "vitest";
import { dateToParisLocal, parisLocalToDate } from "@/lib/domain/shared/paris-time";

describe("Paris local time ⇄ UTC", () => {
  it("converts winter and summer times", () => {
    expect(parisLocalToDate("2026-11-22T10:30")!.toISOString()).toBe("2026-11-22T09:30:00.000Z");
    expect(parisLocalToDate("2026-07-14T10:30")!.toISOString()).toBe("2026-07-14T08:30:00.000Z");
  });
  it("handles the DST change days", () => {
    expect(parisLocalToDate("2026-03-29T01:59")!.toISOString()).toBe("2026-03-29T00:59:00.000Z");
    expect(parisLocalToDate("2026-03-29T03:00")!.toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(parisLocalToDate("2026-10-25T03:30")!.toISOString()).toBe("2026-10-25T02:30:00.000Z");
  });
  it("round-trips and refuses malformed values", () => {
    expect(dateToParisLocal(new Date("2026-07-14T08:30:00Z"))).toBe("2026-07-14T10:30");
    for (const bad of ["", "2026-02-30T10:00", "2026-13-01T10:00", "2026-11-22 10:30", "2026-11-22T25:00"]) {
      expect(parisLocalToDate(bad)).toBeNull();
    }
  });
});
